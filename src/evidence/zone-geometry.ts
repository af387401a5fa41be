import {
  area,
  bbox,
  bboxClip,
  booleanPointInPolygon,
  circle,
  featureCollection,
  intersect,
  union,
} from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { Location } from '../data/schema';

/** A state code as used by the basemap country polygons. */
export type CountryCode = 'RU' | 'UA';

/** RU/UA land polygons (public/basemap/countries.geojson); extra properties are ignored. */
export type CountriesCollection = FeatureCollection<
  Polygon | MultiPolygon,
  { country: CountryCode }
>;

/** Areal geometry of a zone; null when there is nothing to draw. */
export type ZoneGeometry = Polygon | MultiPolygon;

/**
 * Radius of the circle drawn around each held settlement. 3 km roughly covers the built-up area
 * and fields of a border village (they sit 3–8 km apart here) without claiming the open ground
 * between settlements that no source describes; larger radii merge neighbours into a false front.
 */
export const ZONE_RADIUS_KM = 3;

/** Vertices per circle: 32 keeps the area within 1% of π·r² while unions stay cheap. */
const CIRCLE_STEPS = 32;

/**
 * One clipped circle per place location, per countries collection: the clip is the costly step
 * and a place's circle never changes, so every day and claimant reuses it.
 */
const clippedCircleCache = new WeakMap<CountriesCollection, Map<string, ZoneGeometry | null>>();

/**
 * The ZONE_RADIUS_KM circle around `location`, clipped to the country polygons of the state whose
 * polygon contains it (so it never spills across the state border). Falls back to `recordedCountry`
 * when the point lies outside every polygon (coarse coastline or border); null when that state has
 * no polygon at all, because an unclipped circle could lie on the wrong side.
 */
export function clippedCircle(
  location: Pick<Location, 'lon' | 'lat'>,
  recordedCountry: CountryCode,
  countries: CountriesCollection,
): ZoneGeometry | null {
  let cache = clippedCircleCache.get(countries);
  if (!cache) {
    cache = new Map();
    clippedCircleCache.set(countries, cache);
  }
  const key = `${location.lon},${location.lat},${recordedCountry}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const result = computeClippedCircle([location.lon, location.lat], recordedCountry, countries);
  cache.set(key, result);
  return result;
}

function computeClippedCircle(
  center: Position,
  recordedCountry: CountryCode,
  countries: CountriesCollection,
): ZoneGeometry | null {
  const containing = countries.features.find((feature) => booleanPointInPolygon(center, feature));
  const country = containing?.properties.country ?? recordedCountry;
  const disc = circle(center, ZONE_RADIUS_KM, { steps: CIRCLE_STEPS, units: 'kilometers' });
  const box = paddedBox(disc);
  const pieces: ZoneGeometry[] = [];
  for (const feature of countries.features) {
    if (feature.properties.country !== country) continue;
    // Cutting the country polygon down to the circle's box first keeps the exact intersection
    // cheap even when border polygons carry thousands of vertices.
    const nearby = nonEmptyPolygons(bboxClip(feature.geometry, box).geometry);
    if (!nearby) continue;
    const part = intersect(featureCollection([disc, asFeature(nearby)]));
    if (part) pieces.push(part.geometry);
  }
  return unionAll(pieces);
}

/** The circle's box grown by 10%, so the box edges (where clipping leaves slivers) miss it. */
function paddedBox(disc: Feature<Polygon>): BBox {
  const [west, south, east, north] = bbox(disc);
  const padX = (east - west) / 10;
  const padY = (north - south) / 10;
  return [west - padX, south - padY, east + padX, north + padY];
}

/** bboxClip leaves empty rings and polygons where nothing is left; the clipper rejects those. */
function nonEmptyPolygons(geometry: Geometry): ZoneGeometry | null {
  if (geometry.type === 'Polygon') return geometry.coordinates.length > 0 ? geometry : null;
  if (geometry.type !== 'MultiPolygon') return null;
  const coordinates = geometry.coordinates.filter((rings) => rings.length > 0);
  return coordinates.length > 0 ? { type: 'MultiPolygon', coordinates } : null;
}

function asFeature(geometry: ZoneGeometry): Feature<ZoneGeometry> {
  return { type: 'Feature', geometry, properties: {} };
}

/** Union of polygons; null for none. */
export function unionAll(geometries: readonly ZoneGeometry[]): ZoneGeometry | null {
  const [first, ...rest] = geometries;
  if (!first) return null;
  if (rest.length === 0) return first;
  const merged = union(featureCollection(geometries.map(asFeature)));
  return merged?.geometry ?? null;
}

/** Geodesic area in km². */
export function areaKm2(geometry: ZoneGeometry | null): number {
  return geometry ? area(geometry) / 1_000_000 : 0;
}
