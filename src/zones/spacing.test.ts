import { describe, expect, it } from 'vitest';
import type { Site } from './sites';
import { nearestNeighbourKm, quantile, spacingStats } from './spacing';

/** 0.01° of latitude ≈ 1.112 km. */
const KM_PER_CENTIDEGREE = 1.11195;

const site = (id: string, lat: number, country: 'RU' | 'UA' = 'RU'): Site => ({
  id,
  lon: 35,
  lat,
  country,
});

describe('quantile', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.9)).toBeCloseTo(9, 12);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('nearestNeighbourKm', () => {
  it('measures to the nearest site of the same state only', () => {
    const nearest = nearestNeighbourKm([
      site('a', 51.0),
      site('b', 51.02),
      site('c', 51.05),
      site('ua', 51.005, 'UA'),
    ]);
    expect(nearest.get('a')).toBeCloseTo(2 * KM_PER_CENTIDEGREE, 6);
    expect(nearest.get('c')).toBeCloseTo(3 * KM_PER_CENTIDEGREE, 6);
    expect(nearest.has('ua')).toBe(false);
  });
});

describe('spacingStats', () => {
  it('gives median, p90 and max per state, RU first', () => {
    const stats = spacingStats([
      site('u1', 50.9, 'UA'),
      site('u2', 50.94, 'UA'),
      site('a', 51.0),
      site('b', 51.01),
      site('c', 51.03),
      site('d', 51.07),
    ]);
    expect(stats.map((item) => item.country)).toEqual(['RU', 'UA']);
    const [ru, ua] = stats;
    // RU nearest: a 1, b 1, c 2, d 4 (in 0.01°).
    expect(ru?.sites).toBe(4);
    expect(ru?.medianKm).toBeCloseTo(1.5 * KM_PER_CENTIDEGREE, 6);
    expect(ru?.p90Km).toBeCloseTo(3.4 * KM_PER_CENTIDEGREE, 6);
    expect(ru?.maxKm).toBeCloseTo(4 * KM_PER_CENTIDEGREE, 6);
    expect(ua?.medianKm).toBeCloseTo(4 * KM_PER_CENTIDEGREE, 6);
  });

  it('leaves out a state with fewer than two sites', () => {
    expect(spacingStats([site('a', 51), site('b', 51.01), site('u', 50.9, 'UA')])).toHaveLength(1);
  });
});
