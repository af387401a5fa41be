import { toIsoDay } from '../data/dates';
import { csvText } from '../data/csv';
import type { ControlClaim, Dataset } from '../data/schema';
import { COMBINED_VIEW } from '../data/vocabulary';
import { latestClaimsAsOf } from './claims-as-of';

/**
 * The claims in force on `day` in a view: every claimant's latest claim on every place (only the
 * claimant's own in its view), sorted by place, then claimant.
 */
export function claimsInForce(
  claims: readonly ControlClaim[],
  day: number,
  view: string,
): ControlClaim[] {
  const byPlace = new Map<string, ControlClaim[]>();
  for (const claim of claims) {
    if (view !== COMBINED_VIEW && claim.claimant !== view) continue;
    byPlace.set(claim.place, [...(byPlace.get(claim.place) ?? []), claim]);
  }
  return [...byPlace.keys()]
    .sort()
    .flatMap((place) => latestClaimsAsOf(byPlace.get(place) ?? [], place, day));
}

/** The CSV columns of {@link claimsCsv}. */
export const CLAIMS_CSV_HEADER = [
  'claim_id',
  'place_id',
  'place',
  'place_native',
  'country',
  'claimant_id',
  'claimant',
  'holder',
  'claimed_from',
  'date_precision',
  'liberated',
  'date_shown',
  'view',
  'source_urls',
  'sources',
] as const;

/**
 * The claims in force on `day` in `view` as RFC 4180 CSV, one row per claim, with the place's
 * and claimant's names and every source (URLs space-separated; outlet and title joined by " | ").
 */
export function claimsCsv(
  dataset: Pick<Dataset, 'claims' | 'places' | 'claimants' | 'sources'>,
  day: number,
  view: string,
): string {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const claimants = new Map(dataset.claimants.map((claimant) => [claimant.id, claimant.name]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const rows = claimsInForce(dataset.claims, day, view).map((claim) => {
    const place = places.get(claim.place);
    const cited = claim.sources.flatMap((id) => {
      const source = sources.get(id);
      return source ? [source] : [];
    });
    return [
      claim.id,
      claim.place,
      place?.names.en ?? '',
      place?.names.native ?? '',
      place?.country ?? '',
      claim.claimant,
      claimants.get(claim.claimant) ?? claim.claimant,
      claim.holder,
      claim.from,
      claim.datePrecision,
      claim.liberated ? 'yes' : 'no',
      toIsoDay(day),
      view,
      cited.map((source) => source.url).join(' '),
      cited.map((source) => `${source.outlet}: ${source.title}`).join(' | '),
    ];
  });
  return csvText([[...CLAIMS_CSV_HEADER], ...rows]);
}
