import type { AreaFigure, EventKind, Side } from '../data/schema';
import { SIDE_NAMES } from '../data/vocabulary';

const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

/** "1 settlement", "1,200 settlements": a count with its noun in the right number. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${COUNT_FORMAT.format(count)} ${count === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A control claim worded as a claim, never as fact: "Russian Defence Ministry claims: held by
 * Russia since 13 Mar 2025".
 */
export function claimSentence(claimantName: string, holder: Side, since: string): string {
  const state = holder === 'contested' ? 'contested' : `held by ${SIDE_NAMES[holder]}`;
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
