import type { ControlClaim, Dataset, Place } from '../data/schema';
import type { HeldSide } from '../data/vocabulary';
import { latestClaimsAsOf } from './claims-as-of';

/** A claimed-control zone: one claimant's word that one side holds a set of places. */
export interface ZoneRef {
  claimant: string;
  side: HeldSide;
}

/** A place a claimant says one side holds, with the claim that says so. */
export interface ZonePlace {
  place: Place;
  claim: ControlClaim;
}

/**
 * The places behind a derived zone: each place whose claimant's latest claim on `day` names
 * `side` as holder. Located ones shape the zone; unlocated ones are listed so the panel can say
 * what the drawing leaves out.
 */
export function zonePlaces(
  dataset: Pick<Dataset, 'places' | 'claims'>,
  { claimant, side }: ZoneRef,
  day: number,
): { located: ZonePlace[]; unlocated: ZonePlace[] } {
  const located: ZonePlace[] = [];
  const unlocated: ZonePlace[] = [];
  for (const place of dataset.places) {
    const claim = latestClaimsAsOf(dataset.claims, place.id, day).find(
      (c) => c.claimant === claimant,
    );
    if (!claim || claim.holder !== side) continue;
    (place.location ? located : unlocated).push({ place, claim });
  }
  const byName = (a: ZonePlace, b: ZonePlace) => a.place.names.en.localeCompare(b.place.names.en);
  return { located: located.sort(byName), unlocated: unlocated.sort(byName) };
}
