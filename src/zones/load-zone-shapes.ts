import { toIsoDay } from '../data/dates';
import type { Rejection } from '../data/rejection';
import type { Dataset } from '../data/schema';
import { ZONE_SHAPES_FILE, zoneShapeTableSchema, type ZoneShapes } from './shape-table';
import { zoneIntervals } from './zone-intervals';

/** The build's zone shapes, or none and why (file missing, not JSON, wrong shape). */
export interface ZoneShapesLoad {
  shapes: ZoneShapes;
  problem: string | null;
}

/**
 * Fetches the zone shapes the build derived from the data (scripts/derived/index.ts). The page
 * never unions polygons itself: that code (turf) would cost more than the rest of the app.
 */
export async function loadZoneShapes(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<ZoneShapesLoad> {
  try {
    const response = await fetchFn(`${baseUrl}data/${ZONE_SHAPES_FILE}`);
    if (!response.ok)
      return { shapes: {}, problem: `could not be fetched: HTTP ${response.status}` };
    const parsed = zoneShapeTableSchema.safeParse(await response.json());
    return parsed.success
      ? { shapes: parsed.data.shapes, problem: null }
      : { shapes: {}, problem: 'not a zone-shapes file this app can read' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { shapes: {}, problem: `could not be read: ${reason}` };
  }
}

/**
 * Zones the data calls for that have no shape, as rejections the banner lists: the whole file
 * when it could not be used, otherwise each zone (id `claimant/side/first day`). A zone lacks a
 * shape only when the data served differs from the data the app was built with.
 */
export function zoneShapeRejections(
  dataset: Pick<Dataset, 'claims' | 'places' | 'claimants'>,
  { shapes, problem }: ZoneShapesLoad,
): Rejection[] {
  const intervals = zoneIntervals(dataset);
  if (intervals.length === 0) return [];
  const file = ZONE_SHAPES_FILE;
  if (problem !== null) {
    const message = `${problem}; the ${intervals.length} claimed-control zones are not drawn`;
    return [{ file, recordId: null, field: null, message }];
  }
  return intervals
    .filter((interval) => !Object.hasOwn(shapes, interval.shapeKey))
    .map((interval) => ({
      file,
      recordId: `${interval.claimant}/${interval.side}/${toIsoDay(interval.start)}`,
      field: null,
      message: 'zone not drawn: the data changed after the app was built (rebuild to draw it)',
    }));
}
