/** The interface languages, in the order the switcher lists them. */
export const LANGS = ['en', 'uk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, for the switcher: a reader finds their own language by it. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
};

/** The locale Intl formats dates and numbers with (British English: "13 March 2025"). */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', uk: 'uk', ru: 'ru' };

/** Narrows a string (e.g. a URL parameter) to a supported language. */
export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/**
 * The first of the browser's preferred languages that the interface speaks (`uk-UA` → `uk`),
 * else English.
 */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
