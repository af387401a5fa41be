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

/** "a, b and c" in `lang` ("a, b і c", "a, b и c"). */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(items);
}

/** A share (0–1) as a whole percentage in `lang` ("42%", "42 %"). */
export function formatPercent(share: number, lang: Lang): string {
  return cached(
    `p|${lang}`,
    () => new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}

/**
 * Month and weekday names in `lang` in the shape uPlot's date formatter takes (Sunday first),
 * so the area chart's time axis speaks the interface language.
 */
export function dateNames(lang: Lang) {
  const names = (options: Intl.DateTimeFormatOptions, days: number[]) => {
    const format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' });
    return days.map((day) => format.format(new Date(day * DAY_MS)));
  };
  const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2025, m, 1) / DAY_MS);
  // 4 January 1970 was a Sunday.
  const week = Array.from({ length: 7 }, (_, d) => 3 + d);
  return {
    MMMM: names({ month: 'long' }, months),
    MMM: names({ month: 'short' }, months),
    WWWW: names({ weekday: 'long' }, week),
    WWW: names({ weekday: 'short' }, week),
  };
}
