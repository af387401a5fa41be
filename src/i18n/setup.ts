import { setupI18n, type Messages } from '@lingui/core';
import en from './catalogs/en.json';
import type { Lang } from './langs';

/** The catalog keys: English is the source catalog, every other one has the same keys. */
export type MessageKey = keyof typeof en;

/**
 * The one Lingui instance. English ships with the page; the other catalogs are lazy chunks,
 * fetched when chosen. A production build compiles every catalog (scripts/vite-i18n-plugin.ts).
 */
export const i18n = setupI18n({ locale: 'en', messages: { en: en as Messages } });

const LAZY_CATALOGS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: unknown }>> = {
  uk: () => import('./catalogs/uk.json'),
  ru: () => import('./catalogs/ru.json'),
};

const loaded = new Set<Lang>(['en']);
let requested: Lang = 'en';

/**
 * Loads `lang`'s catalog if needed, then switches the interface to it and keeps `<html lang>` in
 * step, so screen readers and hyphenation follow the language shown. Of quick successive calls
 * the last one wins, whichever catalog arrives first.
 */
export async function activateLang(lang: Lang): Promise<void> {
  requested = lang;
  if (lang !== 'en' && !loaded.has(lang)) {
    const catalog = await LAZY_CATALOGS[lang]();
    i18n.load(lang, catalog.default as Messages);
    loaded.add(lang);
  }
  if (requested !== lang) return;
  i18n.activate(lang);
  document.documentElement.lang = lang;
}
