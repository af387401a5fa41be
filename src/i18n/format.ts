import { DAY_MS } from '../data/dates';
import { INTL_LOCALE, type Lang } from './langs';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  const hit = cache.get(key) as T | undefined;
  if (hit) return hit;
  const made = make();
  cache.set(key, made);
  return made;
}

/**
 * A day number as a date in `lang`, in UTC (day numbers are UTC days): "Thursday 13 March 2025",
 * "четвер, 13 березня 2025 р." (long), "13 Mar 2025" (short), "Mar" (month).
 */
export function formatDay(
  day: number,
  lang: Lang,
  style: 'long' | 'short' | 'month' = 'short',
): string {
  const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
    long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    month: { month: 'short' },
  };
  const format = cached(
    `d|${lang}|${style}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options[style], timeZone: 'UTC' }),
  );
  const text = format.format(new Date(day * DAY_MS));
  return lang === 'en' ? text.replace(',', '') : text;
}

/** A number with `lang`'s digit grouping and decimal sign, at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  const format = cached(
    `n|${lang}|${digits}`,
    () => new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: digits }),
  );
  return format.format(value);
}
