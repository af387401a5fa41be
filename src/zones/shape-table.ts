import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';

/**
 * Radius of the circle drawn around each held settlement. 3 km roughly covers the built-up area
 * and fields of a border village (they sit 3–8 km apart here) without claiming the open ground
 * between settlements that no source describes; larger radii merge neighbours into a false front.
 */
export const ZONE_RADIUS_KM = 3;

/** A state code as used by the basemap country polygons. */
export type CountryCode = 'RU' | 'UA';

/** A held place's point and recorded state: all a zone's shape depends on. */
export interface ZonePoint {
  lon: number;
  lat: number;
  country: CountryCode;
}

/** Areal geometry of a zone. */
export type ZoneGeometry = Polygon | MultiPolygon;

/** File the build writes next to the data files (scripts/derived/index.ts). */
export const ZONE_SHAPES_FILE = 'zone-shapes.json';

const position = z.array(z.number()).min(2);
const rings = z.array(z.array(position));
const geometry = z.union([
  z.strictObject({ type: z.literal('Polygon'), coordinates: rings }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(rings) }),
]);

/** A zone's clipped-circle union; null when every circle fell outside the country polygons. */
const zoneShapeSchema = z.strictObject({
  geometry: geometry.nullable(),
  area_km2: z.number().nonnegative(),
});

/** A zone's shape and geodesic area, as the build computed it. */
export type ZoneShape = z.infer<typeof zoneShapeSchema>;

/**
 * The build's zone shapes, keyed by {@link zoneShapeKey}. The turf union behind them is too slow
 * and too big for page load, so the browser only looks shapes up; a zone the data calls for
 * without a shape is reported, not derived (see load-zone-shapes.ts).
 */
export const zoneShapeTableSchema = z.strictObject({
  radius_km: z.literal(ZONE_RADIUS_KM),
  shapes: z.record(z.string(), zoneShapeSchema),
});

/** The zone-shapes.json file. */
export type ZoneShapeTable = z.infer<typeof zoneShapeTableSchema>;

/** Zone shapes by {@link zoneShapeKey}, as the page looks them up. */
export type ZoneShapes = Readonly<Record<string, ZoneShape>>;

/**
 * The key of a set of points: their coordinates and states, sorted. Keyed by what the shape is
 * made of, not by place ids, so an edited coordinate can never pick up a stale shape.
 */
export function zoneShapeKey(points: readonly ZonePoint[]): string {
  return points
    .map((point) => `${point.lon},${point.lat},${point.country}`)
    .sort()
    .join(';');
}
