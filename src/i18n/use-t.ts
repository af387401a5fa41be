import { useContext } from 'react';
import { LinguiContext } from '@lingui/react';
import { isLang, type Lang } from './langs';
import { i18n, type MessageKey } from './setup';

/** Values for a message's `{placeholders}`. */
type MessageValues = Record<string, string | number>;

/** Looks a key up in the active catalog and fills its placeholders. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

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
