import { useContext } from 'react';
import { LinguiContext } from '@lingui/react';
import { isLang, type Lang } from './langs';
import { i18n, type Translate } from './setup';
import { shortDay, shortIso } from './words';

/**
 * The active language's strings for a component: `const t = useT(); t('timeline.play')`.
 * Under the app's I18nProvider the component re-renders when the language changes; without one
 * (a component test) it reads the one instance, in English unless a test activated another.
 */
export function useT(): Translate {
  const context = useContext(LinguiContext);
  return (context?._ ?? i18n.t) as Translate;
}

/** The active interface language, for Intl formatting and localised place names. */
export function useLang(): Lang {
  const locale = (useContext(LinguiContext)?.i18n ?? i18n).locale;
  return isLang(locale) ? locale : 'en';
}

/** What most panels need at once: the strings, the language, and dates worded in it. */
export function useWords() {
  const t = useT();
  const lang = useLang();
  return {
    t,
    lang,
    /** A short date, "approx." when the source is rough. */
    day: (day: number, approximate = false) => shortDay(t, lang, day, approximate),
    /** {@link day} for a stored `YYYY-MM-DD`. */
    iso: (iso: string, approximate = false) => shortIso(t, lang, iso, approximate),
  };
}
