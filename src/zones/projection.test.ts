import { describe, expect, it } from 'vitest';
import { distanceKm, KM_PER_DEGREE, localProjection } from './projection';

describe('localProjection', () => {
  const projection = localProjection(35, 51);

  it('puts the origin at (0, 0) and scales longitude by cos(lat0)', () => {
    expect(projection.toPlane(35, 51)).toEqual([0, 0]);
    const [x, y] = projection.toPlane(36, 52);
    expect(x).toBeCloseTo(KM_PER_DEGREE * Math.cos((51 * Math.PI) / 180), 9);
    expect(y).toBeCloseTo(KM_PER_DEGREE, 9);
  });

  it('round-trips lon/lat', () => {
    const [lon, lat] = projection.toLonLat(projection.toPlane(35.27, 51.19));
    expect(lon).toBeCloseTo(35.27, 12);
    expect(lat).toBeCloseTo(51.19, 12);
  });
});

describe('distanceKm', () => {
  it('is within 0.5 % of the haversine distance Sudzha–Sumy (~58 km)', () => {
    const sudzha = { lon: 35.2708, lat: 51.1903 };
    const sumy = { lon: 34.7981, lat: 50.9077 };
    const toRad = (deg: number) => (deg * Math.PI) / 180;
    const h =
      Math.sin(toRad(sumy.lat - sudzha.lat) / 2) ** 2 +
      Math.cos(toRad(sudzha.lat)) *
        Math.cos(toRad(sumy.lat)) *
        Math.sin(toRad(sumy.lon - sudzha.lon) / 2) ** 2;
    const haversine = 2 * 6371 * Math.asin(Math.sqrt(h));
    expect(distanceKm(sudzha, sumy) / haversine).toBeCloseTo(1, 2);
  });
});
