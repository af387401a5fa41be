import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { parseIsoDay } from '../data/dates';
import type { ControlClaim, Place } from '../data/schema';
import { datedSnapshots } from './layer-features';
import type { AssessedSide, Snapshot } from './types';

/** How an imported assessment stands to a claim. */
export type Verdict = 'agrees' | 'disagrees' | 'not covered';

export interface Assessment {
  verdict: Verdict;
  /** The snapshot compared with: the nearest on or after the claim's date. */
  snapshot: Snapshot;
  /** The side of the area the place lies in, null when in none. */
  side: AssessedSide | null;
}

/**
 * The nearest imported snapshot on or after the claim's date, and whether it has the place
 * inside that side's area: a grey/unknown area agrees only with 'contested', and a place in
 * no area (or one the user left unmapped) is not covered. Null when no snapshot is that late.
 */
export function assessClaim(
  claim: Pick<ControlClaim, 'holder' | 'from'>,
  location: Pick<NonNullable<Place['location']>, 'lon' | 'lat'>,
  snapshots: readonly Snapshot[],
): Assessment | null {
  const day = parseIsoDay(claim.from);
  if (day === null) return null;
  const snapshot = datedSnapshots(snapshots).find((entry) => entry.day >= day)?.snapshot;
  if (!snapshot) return null;
  const point = [location.lon, location.lat];
  const area = snapshot.areas.features.find(
    (f) => f.properties.side !== null && booleanPointInPolygon(point, f),
  );
  const side = area?.properties.side ?? null;
  if (side === null) return { verdict: 'not covered', snapshot, side };
  const expected: AssessedSide = claim.holder === 'contested' ? 'unknown' : claim.holder;
  return { verdict: side === expected ? 'agrees' : 'disagrees', snapshot, side };
}

/** Per claimant: how many of its claims the imported assessments agree with, disagree with, or do not cover. */
export type ClaimantTally = Record<Verdict, number>;

/** Tallies every located claim against the snapshots, per claimant (claims with no snapshot after them are left out). */
export function tallyByClaimant(
  claims: readonly ControlClaim[],
  places: readonly Place[],
  snapshots: readonly Snapshot[],
): Map<string, ClaimantTally> {
  const located = new Map(places.flatMap((p) => (p.location ? [[p.id, p.location] as const] : [])));
  const tallies = new Map<string, ClaimantTally>();
  if (snapshots.length === 0) return tallies;
  for (const claim of claims) {
    const location = located.get(claim.place);
    const assessment = location ? assessClaim(claim, location, snapshots) : null;
    if (!assessment) continue;
    const tally = tallies.get(claim.claimant) ?? { agrees: 0, disagrees: 0, 'not covered': 0 };
    tally[assessment.verdict]++;
    tallies.set(claim.claimant, tally);
  }
  return tallies;
}
