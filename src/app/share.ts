import { DAY_MS, toIsoDay } from '../data/dates';
import { formatDay } from '../i18n/format';
import type { Lang } from '../i18n/langs';
import type { Translate } from '../i18n/setup';
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
 * One line to paste into a text, in the interface language: page title, date(s) shown, view,
 * URL and access date, e.g. "Kursk–Sumy border front, map as of Thursday 13 March 2025, claims
 * shown: All claimants, combined. https://…/?date=2025-03-13&view=all (accessed Tuesday
 * 1 December 2026)".
 */
export function citationLine(parts: CitationParts, t: Translate, lang: Lang): string {
  return t('app.citation.line', {
    title: parts.title,
    shown: shownText(parts.day, parts.compareDay, t, lang),
    view: parts.viewName,
    url: parts.url,
    accessed: formatDay(Math.floor(parts.accessed.getTime() / DAY_MS), lang, 'long'),
  });
}

/** "map as of Thursday 13 March 2025", or "changes from … to …" (earlier first). */
function shownText(day: number, compareDay: number | null, t: Translate, lang: Lang): string {
  const long = (d: number) => formatDay(d, lang, 'long');
  return compareDay === null
    ? t('app.citation.asOf', { date: long(day) })
    : t('app.citation.changes', {
        from: long(Math.min(day, compareDay)),
        to: long(Math.max(day, compareDay)),
      });
}

/** The heading an exported image carries: title, date(s) shown, claims view. */
export function citationHeading(
  day: number,
  compareDay: number | null,
  viewName: string,
  t: Translate,
  lang: Lang,
): string[] {
  return [
    t('app.title'),
    shownText(day, compareDay, t, lang),
    t('app.export.claimsShown', { view: viewName }),
  ];
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
