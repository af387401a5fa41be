import type { Side } from './schema';

/** The sides a place can be claimed held by; a `contested` place counts for neither. */
export type HeldSide = Exclude<Side, 'contested'>;

/** Both held sides, in drawing order. */
export const HELD_SIDES: readonly HeldSide[] = ['ru', 'ua'];

/** Who a claim says holds a place, in words. */
export const SIDE_NAMES: Record<Side, string> = {
  ru: 'Russia',
  ua: 'Ukraine',
  contested: 'contested',
};

/**
 * The combined claims view: every claimant's latest claim merged. Any other view is one
 * claimant's id.
 */
export const COMBINED_VIEW = 'all';
