/** Kilometres per degree of latitude on a sphere of the mean Earth radius (6371.0 km). */
export const KM_PER_DEGREE = 111.195;

/** A point in a local plane, in kilometres east (x) and north (y) of the projection's origin. */
export type PlanePoint = readonly [x: number, y: number];

/**
 * A local equirectangular projection: longitude scaled by cos(lat0), both axes in km. Over the
 * ~200 km of the operation area it keeps distances within ~1 % and, being affine in lon/lat, maps
 * straight lines to straight lines, so a polygon cut in the plane has the same edges in degrees.
 */
export interface LocalProjection {
  toPlane(lon: number, lat: number): PlanePoint;
  toLonLat(point: PlanePoint): [lon: number, lat: number];
}

/** The local projection centred on (lon0, lat0). */
export function localProjection(lon0: number, lat0: number): LocalProjection {
  const kx = KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  return {
    toPlane: (lon, lat) => [(lon - lon0) * kx, (lat - lat0) * KM_PER_DEGREE],
    toLonLat: ([x, y]) => [lon0 + x / kx, lat0 + y / KM_PER_DEGREE],
  };
}

/** Distance in km between two lon/lat points, equirectangular at their mean latitude. */
export function distanceKm(
  a: { lon: number; lat: number },
  b: { lon: number; lat: number },
): number {
  const meanLat = ((a.lat + b.lat) / 2) * (Math.PI / 180);
  const dx = (a.lon - b.lon) * Math.cos(meanLat) * KM_PER_DEGREE;
  const dy = (a.lat - b.lat) * KM_PER_DEGREE;
  return Math.hypot(dx, dy);
}
