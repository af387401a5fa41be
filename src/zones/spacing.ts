import type { Country, Site } from './sites';
import { distanceKm } from './projection';

/** Nearest-neighbour distances between one state's located settlements. */
export interface SpacingStats {
  country: Country;
  sites: number;
  medianKm: number;
  p90Km: number;
  maxKm: number;
}

/**
 * The `q`-quantile (0–1) of ascending `sorted` values, interpolating linearly between ranks
 * (R type 7, as numpy and spreadsheets do). NaN for no values.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = (sorted.length - 1) * q;
  const below = sorted[Math.floor(rank)] ?? NaN;
  const above = sorted[Math.ceil(rank)] ?? NaN;
  return below + (above - below) * (rank - Math.floor(rank));
}

/** Each site's distance (km) to the nearest other site of the same state; sites alone are left out. */
export function nearestNeighbourKm(sites: readonly Site[]): Map<string, number> {
  const nearest = new Map<string, number>();
  for (const site of sites) {
    let best = Infinity;
    for (const other of sites) {
      if (other === site || other.country !== site.country) continue;
      best = Math.min(best, distanceKm(site, other));
    }
    if (Number.isFinite(best)) nearest.set(site.id, best);
  }
  return nearest;
}

/** Median, 90th percentile and maximum nearest-neighbour distance per state (RU, then UA). */
export function spacingStats(sites: readonly Site[]): SpacingStats[] {
  const nearest = nearestNeighbourKm(sites);
  return (['RU', 'UA'] as const).flatMap((country) => {
    const distances = sites
      .filter((site) => site.country === country)
      .flatMap((site) => nearest.get(site.id) ?? [])
      .sort((a, b) => a - b);
    if (distances.length === 0) return [];
    return [
      {
        country,
        sites: distances.length,
        medianKm: quantile(distances, 0.5),
        p90Km: quantile(distances, 0.9),
        maxKm: distances[distances.length - 1] ?? NaN,
      },
    ];
  });
}
