import type { Side } from './schema';

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
