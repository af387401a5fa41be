/**
 * A claim not repeated by its claimant for more than this many days is shown as stale. Measured on
 * data/claims.json (Nov 2026): when a claimant speaks about a place again, the gap since its
 * previous claim there is 7 days at the median, 43 at p75 and 173 at p90 (201 repeats). 60 days is
 * past three in four repeats, so a claim that old has gone unrepeated for longer than usual.
 */
export const STALE_AFTER_DAYS = 60;

/** How old a claim is on the selected day, and whether it has gone stale. */
export interface ClaimAge {
  /** Days from the claim to the selected day (0 on the day itself). */
  days: number;
  stale: boolean;
}

/** The age on `day` of a claim said on `saidDay` (UTC day numbers; `saidDay` <= `day`). */
export function claimAge(saidDay: number, day: number): ClaimAge {
  const days = Math.max(0, day - saidDay);
  return { days, stale: days > STALE_AFTER_DAYS };
}
