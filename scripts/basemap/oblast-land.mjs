// Land of Kursk and of Sumy oblast: the accurate (OSM) country fill split along Natural Earth's
// internal oblast boundaries, so imported assessed maps can be measured per oblast.
import * as turf from '@turf/turf';
import { round } from './geometry.mjs';

/** The oblasts the importer counts km² in, and their country (NE `adm0_a3`). */
const OBLASTS = { Kursk: 'RUS', Sumy: 'UKR' };
/**
 * The operation area [west, south, east, north]: `REGION_BBOX` of src/data/schema.ts (a unit test
 * holds the file inside it). Only this part of each oblast is shipped.
 */
const OPERATION_AREA = [33.9, 50.4, 36.4, 51.95];
/** Grid step (degrees) for splitting border strips that lie near two oblasts. */
const GRID = 0.01;

const fc = (features) => turf.featureCollection(features);
const km2 = (f) => (f ? turf.area(f) / 1e6 : 0);

/** The NE oblast (of `own`) nearest to a point: 0 inside, else the distance to its edge. */
function nearest(point, own) {
  let best = null;
  let bestDistance = Infinity;
  for (const oblast of own) {
    const distance = Math.max(0, turf.pointToPolygonDistance(point, oblast));
    if (distance < bestDistance) [best, bestDistance] = [oblast, distance];
  }
  return best;
}

/**
 * The part of a border strip (land of the country outside all of NE's oblasts of that country,
 * where NE's coarse state border misses the OSM one) that lies nearest `target`: whole when every
 * vertex of the strip is nearest it, else grid cell by grid cell.
 */
function stripShare(strip, own, target) {
  const vertices = turf.coordAll(strip).map((c) => nearest(turf.point(c), own));
  if (vertices.every((o) => o === target)) return [strip];
  if (!vertices.includes(target)) return [];
  const [w, s, e, n] = turf.bbox(strip);
  const share = [];
  for (let x = w; x < e; x += GRID)
    for (let y = s; y < n; y += GRID) {
      const piece = turf.intersect(fc([turf.bboxPolygon([x, y, x + GRID, y + GRID]), strip]));
      if (piece && nearest(turf.centroid(piece), own) === target) share.push(piece);
    }
  return share;
}

/**
 * Kursk and Sumy oblast as polygons (`oblast`: `kursk` | `sumy`, `country`): each is its
 * country's fill (`countries`) inside NE's polygon of that oblast, plus the border strips
 * nearest it. `admin1` are NE's admin-1 features near the bbox. Also reports the areas.
 */
export function buildOblastLand(countries, admin1) {
  const report = [];
  const features = Object.entries(OBLASTS).map(([name, a3]) => {
    const country = a3 === 'RUS' ? 'RU' : 'UA';
    const fill = turf.bboxClip(
      countries.features.find((f) => f.properties.country === country),
      OPERATION_AREA,
    );
    const own = admin1.filter((f) => f.properties.adm0_a3 === a3);
    const target = own.find((f) => f.properties.name_en === name);
    const strips = own.reduce((rest, f) => rest && turf.difference(fc([rest, f])), fill);
    const inside = turf.intersect(fc([fill, target]));
    const shares = strips
      ? turf.flatten(strips).features.flatMap((strip) => stripShare(strip, own, target))
      : [];
    const land = shares.length > 0 ? turf.union(fc([inside, ...shares])) : inside;
    const geometry = turf.truncate(land, { precision: 5, mutate: false }).geometry;
    report.push({
      name,
      km2: km2(land),
      insideNe: km2(inside),
      strips: shares.reduce((sum, f) => sum + km2(f), 0),
    });
    return turf.feature(
      { ...geometry, coordinates: roundCoordinates(geometry) },
      {
        oblast: name.toLowerCase(),
        country,
        name_en: name,
        iso_3166_2: target.properties.iso_3166_2,
      },
    );
  });
  return { land: fc(features), report };
}

const roundCoordinates = (geometry) =>
  geometry.type === 'Polygon'
    ? geometry.coordinates.map((ring) => ring.map(round))
    : geometry.coordinates.map((poly) => poly.map((ring) => ring.map(round)));
