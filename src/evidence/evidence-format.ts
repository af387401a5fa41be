import { parseIsoDay } from '../data/dates';
import type { AreaFigure, EventKind, Side } from '../data/schema';

const DAY_MS = 86_400_000;

const SHORT_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * "13 Mar 2025", prefixed "approx." when the source gives only a rough date, so a reader never
 * takes an approximate date for an exact one.
 */
export function formatDayShort(day: number, approximate = false): string {
  const text = SHORT_FORMAT.format(new Date(day * DAY_MS));
  return approximate ? `approx. ${text}` : text;
}

/** Who a claim says holds a place, in words. */
export const SIDE_LABEL: Record<Side, string> = {
  ru: 'Russia',
  ua: 'Ukraine',
  contested: 'contested',
};

/**
 * A control claim worded as a claim, never as fact: "Russian Defence Ministry claims: held by
 * Russia since 13 Mar 2025".
 */
export function claimSentence(claimantName: string, holder: Side, since: string): string {
  const state = holder === 'contested' ? 'contested' : `held by ${SIDE_LABEL[holder]}`;
  return `${claimantName} claims: ${state} since ${since}`;
}

/** Event kinds as readers see them. */
export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  'control-claim': 'Control claim',
  'evacuation-order': 'Evacuation order',
  'official-statement': 'Official statement',
  visit: 'Visit',
  diplomacy: 'Diplomacy',
  'military-operation': 'Military operation',
  'area-figure': 'Area figure',
  other: 'Other',
};

const QUALIFIER_LABEL: Record<AreaFigure['qualifier'], string> = {
  about: 'about ',
  exactly: '',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'at-most': 'at most ',
};

/** "about 1,150 km²", keeping the source's own hedge; null figures only report a change. */
export function areaFigureText(figure: AreaFigure): string {
  if (figure.km2 === null) return 'change reported, no total given';
  return `${QUALIFIER_LABEL[figure.qualifier]}${figure.km2.toLocaleString('en-GB')} km²`;
}

/**
 * Like {@link formatDayShort} for a stored `YYYY-MM-DD`; a malformed date is shown as written
 * rather than crashing the panel, since the panel also renders records that skipped validation.
 */
export function formatIsoShort(iso: string, approximate = false): string {
  const day = parseIsoDay(iso);
  if (day === null) return approximate ? `approx. ${iso}` : iso;
  return formatDayShort(day, approximate);
}
