import { DAY_MS, formatDayLong, toIsoDay } from '../data/dates';
import { serialiseUrlState, type UrlState } from './url-state';

/**
 * The link to share or cite: this page with the state's query (the view always named, so a
 * reader of the link knows whose claims it shows) and the camera hash.
 */
export function shareUrl(
  state: UrlState,
  location: Pick<Location, 'origin' | 'pathname' | 'hash'>,
): string {
  const query = serialiseUrlState(state, { explicitView: true });
  return `${location.origin}${location.pathname}${query}${location.hash}`;
}

/** What a citation names. */
export interface CitationParts {
  title: string;
  day: number;
  /** The other date of a comparison, if any. */
  compareDay: number | null;
  /** The claims view in words, e.g. "All claimants, combined". */
  viewName: string;
  url: string;
  /** When the reader looked: the citation's access date (UTC). */
  accessed: Date;
}

/**
 * One line to paste into a text: page title, date(s) shown, view, URL and access date, e.g.
 * "Kursk–Sumy border front, map as of Thursday 13 March 2025, claims shown: All claimants,
 * combined. https://…/?date=2025-03-13&view=all (accessed Tuesday 1 December 2026)".
 */
export function citationLine(parts: CitationParts): string {
  const shown =
    parts.compareDay === null
      ? `map as of ${formatDayLong(parts.day)}`
      : `changes from ${formatDayLong(Math.min(parts.day, parts.compareDay))} to ${formatDayLong(Math.max(parts.day, parts.compareDay))}`;
  const accessed = formatDayLong(Math.floor(parts.accessed.getTime() / DAY_MS));
  return `${parts.title}, ${shown}, claims shown: ${parts.viewName}. ${parts.url} (accessed ${accessed})`;
}

/**
 * A download's file name: the map's name, the date (or both dates, earlier first) and the view,
 * e.g. `kursk-sumy-front_2025-03-13_all.png`.
 */
export function exportFileName(
  day: number,
  compareDay: number | null,
  view: string,
  extension: string,
): string {
  const dates =
    compareDay === null
      ? toIsoDay(day)
      : `${toIsoDay(Math.min(day, compareDay))}_to_${toIsoDay(Math.max(day, compareDay))}`;
  return `kursk-sumy-front_${dates}_${view}.${extension}`;
}
