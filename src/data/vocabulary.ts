/**
 * The combined claims view: every claimant's latest claim merged. Any other view is one
 * claimant's id.
 */
export const COMBINED_VIEW = 'all';
