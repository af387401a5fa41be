import { parseIsoDay, toIsoDay, DAY_MS } from '../data/dates';
import type { Snapshot } from './types';

/** Unix times (seconds) of 2000-01-01 and 2100-01-01: a bare number outside is no timestamp. */
const UNIX_MIN = 946_684_800;
const UNIX_MAX = 4_102_444_800;

const fromUnixSeconds = (seconds: number): string | null =>
  seconds >= UNIX_MIN && seconds < UNIX_MAX
    ? toIsoDay(Math.floor((seconds * 1000) / DAY_MS))
    : null;

const iso = (y: string, m: string, d: string): string | null => {
  const value = `${y}-${m}-${d}`;
  return parseIsoDay(value) === null ? null : value;
};

type Found = { date: string; from: NonNullable<Snapshot['dateFrom']> };

/**
 * The snapshot date a file name gives: `<unix seconds>.geojson` (DeepState archives),
 * `YYYY-MM-DD`, `YYYYMMDD`, or UAControlMap's `YYMMDD_HHMM`; null when none.
 */
export function dateFromFileName(name: string): Found | null {
  const base = name.replace(/^.*[\\/]/, '');
  const unix = /^(\d{9,13})\.[a-z]+$/i.exec(base)?.[1];
  if (unix) {
    const seconds = unix.length === 13 ? Number(unix) / 1000 : Number(unix);
    const date = fromUnixSeconds(seconds);
    if (date) return { date, from: 'unix time' };
  }
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/(\d{4})-(\d{2})-(\d{2})/, (m) => iso(m[1]!, m[2]!, m[3]!)],
    [/(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/, (m) => iso(m[1]!, m[2]!, m[3]!)],
    [/(?<!\d)(\d{2})(\d{2})(\d{2})_\d{4}(?!\d)/, (m) => iso(`20${m[1]!}`, m[2]!, m[3]!)],
  ];
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(base);
    const date = match ? read(match) : null;
    if (date) return { date, from: 'file name' };
  }
  return null;
}

/** A date field's value as `YYYY-MM-DD`: ISO text, or a Unix time in seconds or milliseconds. */
function dateOfValue(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return fromUnixSeconds(value > UNIX_MAX ? value / 1000 : value);
  }
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return match ? iso(match[1]!, match[2]!, match[3]!) : null;
}

const DATE_KEY = /(date|datetime|time|timestamp|updated)$/i;

/**
 * The latest date found in date-like fields of the given records (e.g. the history API's
 * `datetime`, or an ISW layer's date attribute, whose name differs by layer); null when none.
 */
export function dateFromFields(records: readonly (Record<string, unknown> | null)[]): Found | null {
  let latest: string | null = null;
  for (const record of records) {
    for (const [key, value] of Object.entries(record ?? {})) {
      if (!DATE_KEY.test(key)) continue;
      const date = dateOfValue(value);
      if (date && (latest === null || date > latest)) latest = date;
    }
  }
  return latest ? { date: latest, from: 'field' } : null;
}
