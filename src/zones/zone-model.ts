import type { Dataset } from '../data/schema';
import { settlementCells, type CellFeature, type LandPolygons, type Site } from './cells';
import { viewStatusIntervals, type StatusInterval } from './combined-status';
import { impliedSpans, type ImpliedSpan } from './implied';
import { spacingStats } from './spacing';

/**
 * Where the operation began in each state, for implied spans with no earlier report: the Kursk
 * incursion began on 6 Aug 2024 (event `2024-08-06-incursion-begins`). No start is cited for Sumy
 * oblast, so no span is inferred there.
 */
export const OPERATION_START: Readonly<Record<Site['country'], string | null>> = {
  RU: '2024-08-06',
  UA: null,
};

/** Claims of different holders made within this many days of each other make a place disputed. */
export const DISPUTE_WINDOW_DAYS = 7;

/**
 * The cells' maximum radius: ¾ of the 90th-percentile nearest-neighbour distance between the
 * located Russian settlements, rounded to 0.5 km (src/zones/README-method.md). Measured on the
 * data at build time, never fitted to the published area figures.
 */
export function maxRadiusKm(sites: readonly Site[]): number {
  const ru = spacingStats(sites).find((stats) => stats.country === 'RU');
  if (!ru || !Number.isFinite(ru.p90Km)) return 4;
  return Math.max(1, Math.round(ru.p90Km * 0.75 * 2) / 2);
}

/** Everything the zones, their areas and the panel derive from the data. */
export interface ZoneModel {
  maxRadiusKm: number;
  cells: CellFeature[];
  implied: ImpliedSpan[];
  /** Status intervals per view: `all` (combined) and one per claimant. */
  views: Record<string, StatusInterval[]>;
}

/** The located settlements as tessellation sites. */
export function zoneSites(dataset: Pick<Dataset, 'places'>): Site[] {
  return dataset.places.flatMap((place) =>
    place.location
      ? [{ id: place.id, lon: place.location.lon, lat: place.location.lat, country: place.country }]
      : [],
  );
}

/** Cells, implied spans and per-view status intervals for the valid records. */
export function buildZoneModel(
  dataset: Pick<Dataset, 'places' | 'claims'>,
  land: LandPolygons,
): ZoneModel {
  const sites = zoneSites(dataset);
  const radius = maxRadiusKm(sites);
  const country = new Map(dataset.places.map((place) => [place.id, place.country]));
  const implied = impliedSpans(dataset.claims, (placeId) => {
    const state = country.get(placeId);
    return state ? OPERATION_START[state] : null;
  });
  return {
    maxRadiusKm: radius,
    cells: settlementCells(sites, land, { maxRadiusKm: radius }),
    implied,
    views: viewStatusIntervals(dataset.claims, implied, { disputeWindowDays: DISPUTE_WINDOW_DAYS }),
  };
}
