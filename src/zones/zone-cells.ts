import { z } from 'zod';
import type { Rejection } from '../data/rejection';
import type { Dataset } from '../data/schema';
import { zoneSites } from './sites';

/** File the build writes next to the data files (scripts/derived/index.ts). */
export const ZONE_CELLS_FILE = 'zone-cells.json';

const position = z.array(z.number()).min(2);
const rings = z.array(z.array(position));
const geometry = z.union([
  z.strictObject({ type: z.literal('Polygon'), coordinates: rings }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(rings) }),
]);

/**
 * One settlement's cell: the site it was built from (so a moved coordinate is caught, never
 * drawn with a stale cell), its geometry (null when no land of its state lies within reach) and
 * its geodesic area.
 */
const zoneCellSchema = z.strictObject({
  site: z.tuple([z.number(), z.number()]),
  geometry: geometry.nullable(),
  areaKm2: z.number().nonnegative(),
});

/** A settlement's cell as the build computed it. */
export type ZoneCell = z.infer<typeof zoneCellSchema>;

/**
 * zone-cells.json: the Voronoi cells of the located settlements (src/zones/build/zone-model.ts)
 * keyed by place id, and the radius they were cut to. The turf and d3 code behind them stays in
 * the build; the page only looks cells up.
 */
export const zoneCellsFileSchema = z.strictObject({
  maxRadiusKm: z.number().positive(),
  cells: z.record(z.string(), zoneCellSchema),
});

/** The zone-cells.json file. */
export type ZoneCellsFile = z.infer<typeof zoneCellsFileSchema>;

/** The build's cells, or none and why (file missing, not JSON, wrong shape). */
export interface ZoneCellsLoad {
  file: ZoneCellsFile | null;
  problem: string | null;
}

/** Fetches the cells the build derived from the data (scripts/derived/index.ts). */
export async function loadZoneCells(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<ZoneCellsLoad> {
  try {
    const response = await fetchFn(`${baseUrl}data/${ZONE_CELLS_FILE}`);
    if (!response.ok)
      return { file: null, problem: `could not be fetched: HTTP ${response.status}` };
    const parsed = zoneCellsFileSchema.safeParse(await response.json());
    return parsed.success
      ? { file: parsed.data, problem: null }
      : { file: null, problem: 'not a zone-cells file this app can read' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: null, problem: `could not be read: ${reason}` };
  }
}

/**
 * The cell of each located place whose coordinate matches the one the build used; a place
 * missing here is not drawn as a zone (see {@link zoneCellRejections}).
 */
export function usableCells(
  dataset: Pick<Dataset, 'places'>,
  file: ZoneCellsFile | null,
): Map<string, ZoneCell> {
  const usable = new Map<string, ZoneCell>();
  for (const site of zoneSites(dataset)) {
    const cell = file?.cells[site.id];
    if (cell && cell.site[0] === site.lon && cell.site[1] === site.lat) usable.set(site.id, cell);
  }
  return usable;
}

/**
 * Located places with no usable cell, as rejections the banner lists: the whole file when it
 * could not be used, otherwise each place. That happens only when the data served differs from
 * the data the app was built with.
 */
export function zoneCellRejections(
  dataset: Pick<Dataset, 'places'>,
  { file, problem }: ZoneCellsLoad,
): Rejection[] {
  const sites = zoneSites(dataset);
  if (sites.length === 0) return [];
  if (problem !== null || !file) {
    const message = `${problem ?? 'missing'}; the zones of ${sites.length} located settlements are not drawn`;
    return [{ file: ZONE_CELLS_FILE, recordId: null, field: null, message }];
  }
  const usable = usableCells(dataset, file);
  return sites
    .filter((site) => !usable.has(site.id))
    .map((site) => ({
      file: ZONE_CELLS_FILE,
      recordId: site.id,
      field: null,
      message: 'zone cell not drawn: the data changed after the app was built (rebuild to draw it)',
    }));
}
