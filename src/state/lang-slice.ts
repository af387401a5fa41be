import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/langs';
import type { AppState } from './store';

/** The interface language: in the store so the URL and the map's place names follow it. */
export interface LangSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** Creates the language slice. */
export const createLangSlice =
  (initial: Lang): StateCreator<AppState, [], [], LangSlice> =>
  (set) => ({
    lang: initial,
    setLang: (lang) => set({ lang }),
  });
