import { DAY_MS, toDayNumber } from '../data/dates';
import type { Dataset } from '../data/schema';
import { formatDay } from '../i18n/format';
import type { Lang } from '../i18n/langs';

/** Inclusive span of the slider in UTC day numbers. */
export interface TimelineRange {
  min: number;
  max: number;
}

/** A month boundary on the axis; `year` is set where the label should say which year. */
export interface MonthTick {
  day: number;
  month: string;
  year: number | null;
}

const MIN_PADDING_DAYS = 2;
/** Above this many month labels the axis gets crowded on a phone, so only every nth is kept. */
const MAX_MONTH_LABELS = 12;

/**
 * The slider's span: earliest to latest event date, padded by ~2% (at least two days) so the
 * first and last ticks are not hidden under the thumb at the ends. Null when nothing is dated.
 */
export function timelineRange(dataset: Dataset): TimelineRange | null {
  if (dataset.events.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const event of dataset.events) {
    const day = toDayNumber(event.date);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const padding = Math.max(MIN_PADDING_DAYS, Math.round((last - first) / 50));
  return { min: first - padding, max: last + padding };
}

/** Reported events per day, for tick density and the "n reported events" text. */
export function eventCounts(dataset: Dataset): Map<number, number> {
  const counts = new Map<number, number>();
  for (const event of dataset.events) {
    const day = toDayNumber(event.date);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** The days that have events, ascending: what event-stepping searches. */
export function sortedEventDays(counts: ReadonlyMap<number, number>): number[] {
  return [...counts.keys()].sort((a, b) => a - b);
}

/** Index of the first entry in ascending `days` greater than `day` (binary search; lists can be long). */
function firstAfter(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first event day strictly after `day`, or null when there is none. */
export function nextEventDay(days: readonly number[], day: number): number | null {
  return days[firstAfter(days, day)] ?? null;
}

/** The last event day strictly before `day`, or null when there is none. */
export function previousEventDay(days: readonly number[], day: number): number | null {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return days[lo - 1] ?? null;
}

/** Keeps a day inside the range; the store's day may come from a URL outside it. */
export function clampDay(day: number, range: TimelineRange): number {
  return Math.min(range.max, Math.max(range.min, day));
}

/** Position of `day` along the axis as a percentage (0 at min, 100 at max). */
export function dayPercent(day: number, range: TimelineRange): number {
  const span = range.max - range.min;
  return span === 0 ? 0 : ((day - range.min) / span) * 100;
}

/**
 * First days of the months inside the range, thinned to at most a dozen. The first label and
 * each January carry the year so a long axis stays readable.
 */
export function monthTicks(range: TimelineRange, lang: Lang): MonthTick[] {
  const start = new Date(range.min * DAY_MS);
  const starts: Date[] = [];
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  for (;;) {
    const date = new Date(Date.UTC(year, month, 1));
    if (date.getTime() / DAY_MS > range.max) break;
    starts.push(date);
    year = date.getUTCFullYear();
    month = date.getUTCMonth() + 1;
  }
  const every = Math.max(1, Math.ceil(starts.length / MAX_MONTH_LABELS));
  return starts
    .filter((_, i) => i % every === 0)
    .map((date, i) => ({
      day: date.getTime() / DAY_MS,
      month: formatDay(date.getTime() / DAY_MS, lang, 'month'),
      year: i === 0 || date.getUTCMonth() === 0 ? date.getUTCFullYear() : null,
    }));
}

/**
 * Where a key press on the slider moves the day: arrows one day, Shift+arrows and
 * PageUp/PageDown to the previous/next event day, Home/End to the ends. `undefined` means the
 * key is not the slider's to handle; the same day back means "handled, nowhere to go".
 */
export function sliderKeyTarget(
  key: string,
  shiftKey: boolean,
  day: number,
  eventDays: readonly number[],
  range: TimelineRange,
): number | undefined {
  const current = clampDay(day, range);
  const forward = key === 'ArrowRight' || key === 'ArrowUp';
  const back = key === 'ArrowLeft' || key === 'ArrowDown';
  if ((forward && shiftKey) || key === 'PageDown') {
    return clampDay(nextEventDay(eventDays, current) ?? current, range);
  }
  if ((back && shiftKey) || key === 'PageUp') {
    return clampDay(previousEventDay(eventDays, current) ?? current, range);
  }
  if (forward) return Math.min(range.max, current + 1);
  if (back) return Math.max(range.min, current - 1);
  if (key === 'Home') return range.min;
  if (key === 'End') return range.max;
  return undefined;
}

/** The day under a pointer on the slider, from its position along the track. */
export function dayAtPointer(
  clientX: number,
  track: { left: number; width: number },
  range: TimelineRange,
): number {
  const share = track.width > 0 ? (clientX - track.left) / track.width : 0;
  return clampDay(Math.round(range.min + share * (range.max - range.min)), range);
}
