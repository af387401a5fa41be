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
import {
  ZONE_RADIUS_KM,
  zoneShapeKey,
  type CountryCode,
  type ZoneGeometry,
  type ZonePoint,
  type ZoneShape,
} from '../shape-table';

/** RU/UA land polygons (public/basemap/countries.geojson); extra properties are ignored. */
export type CountriesCollection = FeatureCollection<
  Polygon | MultiPolygon,
  { country: CountryCode }
>;

/** Vertices per circle: 32 keeps the area within 1% of π·r² while unions stay cheap. */
const CIRCLE_STEPS = 32;

/**
 * Clipped circles and cluster unions per countries collection. Clipping and union are the costly
 * steps and depend only on the points involved, so every day and claimant reuses them.
 */
interface GeometryCache {
  circles: Map<string, ZoneGeometry | null>;
  clusters: Map<string, ZoneGeometry | null>;
}
const caches = new WeakMap<CountriesCollection, GeometryCache>();

function cacheFor(countries: CountriesCollection): GeometryCache {
  let cache = caches.get(countries);
  if (!cache) {
    cache = { circles: new Map(), clusters: new Map() };
    caches.set(countries, cache);
  }
  return cache;
}

/**
 * The ZONE_RADIUS_KM circle around `point`, clipped to the country polygons of the state whose
 * polygon contains it (so it never spills across the state border). Falls back to the recorded
 * country when the point lies outside every polygon (coarse coastline or border); null when that
 * state has no polygon at all, because an unclipped circle could lie on the wrong side.
 */
function clippedCircle(point: ZonePoint, countries: CountriesCollection): ZoneGeometry | null {
  const { circles } = cacheFor(countries);
  const key = zoneShapeKey([point]);
  if (circles.has(key)) return circles.get(key) ?? null;
  const result = computeClippedCircle([point.lon, point.lat], point.country, countries);
  circles.set(key, result);
  return result;
}

/**
 * Union of the clipped circles around `points`. Circles further apart than two radii cannot
 * overlap, so only clusters of nearby points go through the (slow) polygon union, each cluster
 * union is cached, and the clusters are simply collected into one MultiPolygon.
 */
function circlesUnion(
  points: readonly ZonePoint[],
  countries: CountriesCollection,
): ZoneGeometry | null {
  const { clusters } = cacheFor(countries);
  const polygons: Position[][][] = [];
  for (const cluster of nearbyClusters(points)) {
    const key = zoneShapeKey(cluster);
    let merged = clusters.get(key);
    if (merged === undefined) {
      const discs = cluster.map((point) => clippedCircle(point, countries));
      merged = unionAll(discs.filter((disc) => disc !== null));
      clusters.set(key, merged);
    }
    if (merged?.type === 'Polygon') polygons.push(merged.coordinates);
    if (merged?.type === 'MultiPolygon') polygons.push(...merged.coordinates);
  }
  const [only] = polygons;
  if (!only) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

const KM_PER_DEGREE = 111.195;

/** Groups points whose circles may overlap (centres under two radii apart), via a grid. */
function nearbyClusters(points: readonly ZonePoint[]): ZonePoint[][] {
  const reach = 2 * ZONE_RADIUS_KM;
  const cellOf = (point: ZonePoint) => [
    Math.floor((point.lon * KM_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180)) / reach),
    Math.floor((point.lat * KM_PER_DEGREE) / reach),
  ];
  const grid = new Map<string, number[]>();
  points.forEach((point, index) => {
    const [x, y] = cellOf(point);
    const key = `${x},${y}`;
    grid.set(key, [...(grid.get(key) ?? []), index]);
  });
  const parent = points.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] ?? index;
    return index;
  };
  points.forEach((point, index) => {
    const [x = 0, y = 0] = cellOf(point);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of grid.get(`${x + dx},${y + dy}`) ?? []) {
          const near = points[other];
          if (other > index && near && distanceKm(point, near) < reach * 1.01) {
            parent[root(other)] = root(index);
          }
        }
      }
    }
  });
  const groups = new Map<number, ZonePoint[]>();
  points.forEach((point, index) => {
    const group = groups.get(root(index)) ?? [];
    group.push(point);
    groups.set(root(index), group);
  });
  return [...groups.values()];
}

/** Equirectangular distance: accurate to well under 1% over a few km, and cheap. */
function distanceKm(a: ZonePoint, b: ZonePoint): number {
  const meanLat = ((a.lat + b.lat) / 2) * (Math.PI / 180);
  const dx = (a.lon - b.lon) * Math.cos(meanLat) * KM_PER_DEGREE;
  const dy = (a.lat - b.lat) * KM_PER_DEGREE;
  return Math.hypot(dx, dy);
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
    // The polygon covers the whole box, so the circle needs no (slow) exact intersection.
    if (isWholeBox(nearby, box)) return disc.geometry;
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

function isWholeBox(geometry: ZoneGeometry, [west, south, east, north]: BBox): boolean {
  if (geometry.type !== 'Polygon' || geometry.coordinates.length !== 1) return false;
  return (geometry.coordinates[0] ?? []).every(
    ([x, y]) => (x === west || x === east) && (y === south || y === north),
  );
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
function unionAll(geometries: readonly ZoneGeometry[]): ZoneGeometry | null {
  const [first, ...rest] = geometries;
  if (!first) return null;
  if (rest.length === 0) return first;
  const merged = union(featureCollection(geometries.map(asFeature)));
  return merged?.geometry ?? null;
}

/** Geodesic area in km². */
function areaKm2(geometry: ZoneGeometry | null): number {
  return geometry ? area(geometry) / 1_000_000 : 0;
}

/** Coordinates to 6 decimals (about 0.1 m): the precision the build ships, for a smaller file. */
function rounded(geometry: ZoneGeometry): ZoneGeometry {
  const round = (ring: Position[]) =>
    ring.map((position) => position.map((value) => Math.round(value * 1e6) / 1e6));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(round) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(round)) };
}

/** The shape of the zone around `points`: clipped-circle union and its geodesic area. */
export function zoneShape(points: readonly ZonePoint[], countries: CountriesCollection): ZoneShape {
  const union = circlesUnion(points, countries);
  return {
    geometry: union && rounded(union),
    area_km2: Math.round(areaKm2(union) * 1000) / 1000,
  };
}

/** Shapes for every point set, keyed by zoneShapeKey (sets with the same key computed once). */
export function computeZoneShapes(
  pointSets: readonly (readonly ZonePoint[])[],
  countries: CountriesCollection,
): Record<string, ZoneShape> {
  const shapes: Record<string, ZoneShape> = {};
  for (const points of pointSets) {
    const key = zoneShapeKey(points);
    shapes[key] ??= zoneShape(points, countries);
  }
  return shapes;
}
