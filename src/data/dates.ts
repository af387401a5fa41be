/** Milliseconds in one UTC day. */
export const DAY_MS = 86_400_000;

/**
 * Open ends of a day interval. Finite numbers rather than null/Infinity because MapLibre
 * expressions compare numbers and GeoJSON cannot carry Infinity.
 */
export const OPEN_START = -1_000_000;
export const OPEN_END = 1_000_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` into a UTC day number (days since 1970-01-01), or null when the string is
 * not a real calendar date (e.g. 2025-02-30). Day numbers are what the store and map filters use:
 * MapLibre expressions compare numbers cheaply and cannot parse dates.
 */
export function parseIsoDay(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  ) {
    return null;
  }
  return ms / DAY_MS;
}

/**
 * Day numbers of the dates seen so far: the page converts each claim's date many times while it
 * builds statuses and features (100,000 claims at scale), and the data holds few distinct dates.
 */
const DAY_NUMBERS = new Map<string, number>();

/** Like {@link parseIsoDay} but throws; for dates already validated by the schema. */
export function toDayNumber(value: string): number {
  let day = DAY_NUMBERS.get(value);
  if (day === undefined) {
    const parsed = parseIsoDay(value);
    if (parsed === null) throw new Error(`not a calendar date: ${value}`);
    day = parsed;
    DAY_NUMBERS.set(value, day);
  }
  return day;
}

/** Formats a UTC day number as `YYYY-MM-DD`. */
export function toIsoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
