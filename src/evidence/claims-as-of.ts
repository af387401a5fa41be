import { toDayNumber } from '../data/dates';
import type { ControlClaim } from '../data/schema';

/**
 * Each claimant's latest claim about `placeId` in force on `day` (claims hold from their `from`
 * date until the same claimant says otherwise), sorted by claimant id. Claims dated after `day`
 * are ignored, so the map never shows what was not yet reported.
 */
export function latestClaimsAsOf(
  claims: readonly ControlClaim[],
  placeId: string,
  day: number,
): ControlClaim[] {
  const latest = new Map<string, ControlClaim>();
  for (const claim of claims) {
    if (claim.place !== placeId || toDayNumber(claim.from) > day) continue;
    const current = latest.get(claim.claimant);
    if (!current || toDayNumber(current.from) <= toDayNumber(claim.from)) {
      latest.set(claim.claimant, claim);
    }
  }
  return [...latest.values()].sort((a, b) => a.claimant.localeCompare(b.claimant));
}

/** True when claimants in force disagree about who holds the place. */
export function claimsDisagree(claims: readonly ControlClaim[]): boolean {
  return new Set(claims.map((claim) => claim.holder)).size > 1;
}
