import type { Dataset } from '../../data/schema';
import { zoneSites, type Site } from '../sites';
import { spacingStats } from '../spacing';
import { zoneStatuses, type ZoneStatuses } from '../zone-status';
import { settlementCells, type CellFeature, type LandPolygons } from './cells';

/**
 * The cells' maximum radius: ¾ of the 90th-percentile nearest-neighbour distance between the
 * located Russian settlements, rounded to 0.5 km (src/zones/README-method.md). Measured on the
 * data at build time, never fitted to the published area figures.
 */
function maxRadiusKm(sites: readonly Site[]): number {
  const ru = spacingStats(sites).find((stats) => stats.country === 'RU');
  if (!ru || !Number.isFinite(ru.p90Km)) return 4;
  return Math.max(1, Math.round(ru.p90Km * 0.75 * 2) / 2);
}

/** Everything the zones, their areas and the panel derive from the data. */
export interface ZoneModel extends ZoneStatuses {
  maxRadiusKm: number;
  cells: CellFeature[];
}

/** Cells, implied spans and per-view status intervals for the valid records. */
export function buildZoneModel(
  dataset: Pick<Dataset, 'places' | 'claims'>,
  land: LandPolygons,
): ZoneModel {
  const sites = zoneSites(dataset);
  const radius = maxRadiusKm(sites);
  return {
    maxRadiusKm: radius,
    cells: settlementCells(sites, land, { maxRadiusKm: radius }),
    ...zoneStatuses(dataset),
  };
}
