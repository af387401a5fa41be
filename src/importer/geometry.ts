import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import { featureCollection, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import { pointOnFeature } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { REGION_BBOX } from '../data/schema';
import { OBLAST_LAND_FILE, type Oblast } from './types';

type Areal = Polygon | MultiPolygon;

/** Land of each oblast inside the operation area: the areas are counted on it. */
export type Land = Record<Oblast, Feature<Areal>>;

/** The operation area [west, south, east, north]: the Kursk districts and Sumy hromadas. */
export const OPERATION_AREA = [...REGION_BBOX] as [number, number, number, number];

/** A loose box around the front (lon 20–45, lat 43–56): where a correct position falls. */
const plausible = (p: Position) =>
  (p[0] ?? NaN) >= 20 && (p[0] ?? NaN) <= 45 && (p[1] ?? NaN) >= 43 && (p[1] ?? NaN) <= 56;

const mapRings = (geometry: Areal, f: (p: Position) => Position): Areal =>
  geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(f)) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(f))),
      };

const positionsOf = (geometry: Areal): Position[] =>
  geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);

/** The polygon features of a collection, in 2-D `[lon, lat]`, with what was changed said in notes. */
export function polygonFeatures(collection: FeatureCollection<Geometry | null>): {
  features: Feature<Areal>[];
  notes: string[];
} {
  const notes: string[] = [];
  const areal = collection.features.filter(
    (f): f is Feature<Areal> =>
      f?.geometry?.type === 'Polygon' || f?.geometry?.type === 'MultiPolygon',
  );
  const positions = areal.flatMap((f) => positionsOf(f.geometry));
  const bad = positions.filter((p) => !p.slice(0, 2).every(Number.isFinite)).length;
  const valid = areal.filter((f) =>
    positionsOf(f.geometry).every((p) => p.length >= 2 && p.slice(0, 2).every(Number.isFinite)),
  );
  if (bad > 0)
    notes.push(`${areal.length - valid.length} polygon(s) with non-numeric coordinates left out`);
  const threeD = positions.some((p) => p.length > 2);
  if (threeD) notes.push('3-D coordinates: the third value (altitude) was dropped');
  const asIs = positions.filter(plausible).length;
  const swapped = positions.filter((p) => plausible([p[1]!, p[0]!])).length;
  const swap = swapped > asIs;
  if (swap) notes.push('coordinates were in [lat, lon] order: swapped to [lon, lat]');
  const toLonLat = (p: Position): Position => (swap ? [p[1]!, p[0]!] : [p[0]!, p[1]!]);
  const features = valid.map((f) => ({ ...f, geometry: mapRings(f.geometry, toLonLat) }));
  return { features, notes };
}

/** A point inside the area's largest polygon: where its label goes. */
export function labelPoint(geometry: Areal): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts
    .map((rings) => polygon(rings))
    .reduce((best, part) => (area(part) > area(best) ? part : best));
  const [x, y] = pointOnFeature(largest).geometry.coordinates;
  return [x!, y!];
}

/** km² of a polygon (turf's geodesic area). */
const km2 = (feature: Feature<Areal>): number => area(feature) / 1e6;

/** `feature` inside the operation area, or null when nothing of it is. */
export function clipToOperationArea(feature: Feature<Areal>): Feature<Areal> | null {
  const clipped = bboxClip(feature, OPERATION_AREA) as Feature<Areal>;
  return km2(clipped) > 0 ? clipped : null;
}

/** Tile size (degrees) of the land index: small enough that few tiles straddle a land edge. */
const TILE = 0.05;
type Tile = Feature<Areal> | 'full';
const tileIndexes = new WeakMap<Feature<Areal>, Map<string, Tile>>();

const tileBox = (x: number, y: number): [number, number, number, number] => [
  x * TILE,
  y * TILE,
  (x + 1) * TILE,
  (y + 1) * TILE,
];

/** The tiles a polygon's bbox touches, as integer tile coordinates. */
function tilesOver(feature: Feature<Areal>): [number, number][] {
  const positions = positionsOf(feature.geometry);
  const xs = positions.map((p) => p[0]!);
  const ys = positions.map((p) => p[1]!);
  const [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const tiles: [number, number][] = [];
  for (let x = Math.floor(w / TILE); x * TILE < e; x++)
    for (let y = Math.floor(s / TILE); y * TILE < n; y++) tiles.push([x, y]);
  return tiles;
}

/**
 * `land` cut into {@link TILE}° tiles, built once per land: a tile wholly on it is `'full'`, one
 * straddling its edge keeps its piece of land, one off it is absent.
 */
function tileIndex(land: Feature<Areal>): Map<string, Tile> {
  const cached = tileIndexes.get(land);
  if (cached) return cached;
  const index = new Map<string, Tile>();
  for (const [x, y] of tilesOver(land)) {
    const box = tileBox(x, y);
    const piece = bboxClip(land, box) as Feature<Areal>;
    const pieceM2 = area(piece);
    if (pieceM2 === 0) continue;
    const [w, s, e, n] = box;
    const boxM2 = area(
      polygon([
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ]),
    );
    const full = pieceM2 >= boxM2 * (1 - 1e-9);
    index.set(`${x},${y}`, full ? 'full' : piece);
  }
  tileIndexes.set(land, index);
  return index;
}

/**
 * km² of `feature` on `land` (0 when they do not overlap): tile by tile, so the exact polygon
 * intersection (slow) runs only on the small pieces where the land's edge crosses a tile; on
 * tiles wholly on land a box clip is enough. Same result as intersecting the whole polygons.
 */
export function km2On(feature: Feature<Areal>, land: Feature<Areal>): number {
  const index = tileIndex(land);
  let m2 = 0;
  for (const [x, y] of tilesOver(feature)) {
    const tile = index.get(`${x},${y}`);
    if (!tile) continue;
    const part = bboxClip(feature, tileBox(x, y)) as Feature<Areal>;
    const partM2 = area(part);
    if (partM2 === 0) continue;
    if (tile === 'full') m2 += partM2;
    else {
      const common = intersect(featureCollection<Areal>([part, tile]));
      if (common) m2 += area(common);
    }
  }
  return m2 / 1e6;
}

/** Each oblast's land clipped to the operation area, from {@link OBLAST_LAND_FILE}. */
export function landInOperationArea(oblasts: FeatureCollection<Geometry | null>): Land {
  const of = (oblast: Oblast): Feature<Areal> => {
    const land = oblasts.features.find(
      (f): f is Feature<Areal> =>
        f.properties?.oblast === oblast &&
        (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
    );
    if (!land) throw new Error(`${OBLAST_LAND_FILE} has no land for ${oblast}`);
    return bboxClip(land, OPERATION_AREA) as Feature<Areal>;
  };
  return { kursk: of('kursk'), sumy: of('sumy') };
}
