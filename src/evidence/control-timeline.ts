import { toDayNumber } from '../data/dates';
import type { ControlClaim, Side } from '../data/schema';

/** One step of a claimant's record: from `day` on, `holders` is what it says holds each place. */
export interface HolderChange {
  day: number;
  holders: ReadonlyMap<string, Side>;
}

/**
 * Every day on which `claimant`'s picture changes, oldest first, with the full picture from that
 * day on: its latest claim per place (a later claim replaces an earlier one; on equal dates the
 * later record wins, the rule of latestClaimsAsOf), swept once so interval features cost one pass.
 */
export function holderTimeline(claims: readonly ControlClaim[], claimant: string): HolderChange[] {
  const own = claims
    .filter((claim) => claim.claimant === claimant)
    .map((claim) => ({ claim, day: toDayNumber(claim.from) }))
    .sort((a, b) => a.day - b.day);
  const holders = new Map<string, Side>();
  const timeline: HolderChange[] = [];
  for (const [index, { claim, day }] of own.entries()) {
    holders.set(claim.place, claim.holder);
    if (own[index + 1]?.day !== day) timeline.push({ day, holders: new Map(holders) });
  }
  return timeline;
}
