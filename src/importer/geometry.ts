import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
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

/** km² of a polygon (turf's geodesic area). */
const km2 = (feature: Feature<Areal>): number => area(feature) / 1e6;

/** `feature` inside the operation area, or null when nothing of it is. */
export function clipToOperationArea(feature: Feature<Areal>): Feature<Areal> | null {
  const clipped = bboxClip(feature, OPERATION_AREA) as Feature<Areal>;
  return km2(clipped) > 0 ? clipped : null;
}

/** km² of `feature` on `land` (0 when they do not overlap). */
export function km2On(feature: Feature<Areal>, land: Feature<Areal>): number {
  const common = intersect(featureCollection<Areal>([feature, land]));
  return common ? km2(common) : 0;
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
