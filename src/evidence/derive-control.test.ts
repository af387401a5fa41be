import { coordAll } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import type { ControlClaim, Dataset, Place } from '../data/schema';
import {
  ZONE_RADIUS_KM,
  deriveControl,
  holderTimeline,
  holdersAsOf,
  type CountriesCollection,
} from './derive-control';

// Two 1°×1° "countries" sharing a straight border along latitude 51°N: RU north, UA south.
const COUNTRIES: CountriesCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { country: 'RU' }, geometry: square(35, 51, 36, 52) },
    { type: 'Feature', properties: { country: 'UA' }, geometry: square(35, 50, 36, 51) },
  ],
};

const FULL_CIRCLE_KM2 = Math.PI * ZONE_RADIUS_KM ** 2;
const DAY = toDayNumber('2025-03-13');
// 1 km of latitude in degrees (spherical Earth, as turf uses).
const KM_LAT = 1 / 111.195;

function square(west: number, south: number, east: number, north: number) {
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

function place(id: string, country: Place['country'], at: [number, number] | null): Place {
  return {
    id,
    names: { en: id, native: id, variants: [] },
    country,
    oblast: 'Test Oblast',
    kind: 'village',
    location: at && {
      lon: at[0],
      lat: at[1],
      precision: 'second',
      citation: { text: 'test' },
    },
    citations: [],
  };
}

function claim(placeId: string, holder: ControlClaim['holder'], from = '2025-03-01', by = 'c1') {
  return {
    id: `${by}-${placeId}-${from}-${holder}`,
    claimant: by,
    place: placeId,
    holder,
    from,
    datePrecision: 'day' as const,
    sources: ['s'],
  };
}

function derive(places: Place[], claims: ControlClaim[], day = DAY, claimant = 'c1') {
  const dataset: Pick<Dataset, 'places' | 'claims'> = { places, claims };
  return deriveControl(dataset, day, claimant, COUNTRIES);
}

describe('deriveControl zones', () => {
  it('draws a full circle of π·r² for a place well inside its country', () => {
    const result = derive([place('a', 'RU', [35.5, 51.5])], [claim('a', 'ru')]);
    expect(result.sides.ru.areaKm2).toBeCloseTo(FULL_CIRCLE_KM2, -1);
    expect(Math.abs(result.sides.ru.areaKm2 / FULL_CIRCLE_KM2 - 1)).toBeLessThan(0.01);
    expect(result.sides.ru.placeIds).toEqual(['a']);
    expect(result.sides.ua.geometry).toBeNull();
  });

  it('cuts a circle centred on the state border in half', () => {
    const result = derive([place('a', 'RU', [35.5, 51])], [claim('a', 'ru')]);
    expect(Math.abs(result.sides.ru.areaKm2 / (FULL_CIRCLE_KM2 / 2) - 1)).toBeLessThan(0.01);
  });

  it('counts the overlap of two nearby circles once', () => {
    const places = [place('a', 'RU', [35.5, 51.5]), place('b', 'RU', [35.5, 51.5 + 2 * KM_LAT])];
    const result = derive(places, [claim('a', 'ru'), claim('b', 'ru')]);
    // Two r = 3 km discs 2 km apart: 2πr² minus the lens 2r²·acos(d/2r) − (d/2)·√(4r² − d²).
    const lens = 2 * 9 * Math.acos(1 / 3) - Math.sqrt(32);
    const expected = 2 * FULL_CIRCLE_KM2 - lens;
    expect(Math.abs(result.sides.ru.areaKm2 / expected - 1)).toBeLessThan(0.02);
    expect(result.sides.ru.geometry?.type).toBe('Polygon');
    expect(result.sides.ru.placeCount).toBe(2);
  });

  it('keeps a zone on its own side of the border, whoever is said to hold it', () => {
    const nearBorder = place('u', 'UA', [35.5, 51 - KM_LAT]);
    const result = derive([nearBorder], [claim('u', 'ru')]);
    const zone = result.sides.ru;
    const latitudes = coordAll(zone.geometry!).map(([, lat]) => lat!);
    expect(Math.max(...latitudes)).toBeLessThanOrEqual(51 + 1e-9);
    // The circle minus the segment beyond the border 1 km away: r²·acos(d/r) − d·√(r² − d²).
    const segment = 9 * Math.acos(1 / 3) - Math.sqrt(8);
    expect(Math.abs(zone.areaKm2 / (FULL_CIRCLE_KM2 - segment) - 1)).toBeLessThan(0.01);
  });

  it('lists unlocated places but draws nothing for them', () => {
    const result = derive([place('lost', 'RU', null)], [claim('lost', 'ru')]);
    expect(result.sides.ru.geometry).toBeNull();
    expect(result.sides.ru.areaKm2).toBe(0);
    expect(result.sides.ru.placeCount).toBe(0);
    expect(result.unlocatedPlaceIds).toEqual(['lost']);
    expect(result.sides.ru.method).toContain('1 more without a sourced location is not drawn');
  });

  it('marks the result approximate and explains the method with the count', () => {
    const places = [place('a', 'RU', [35.3, 51.5]), place('b', 'RU', [35.7, 51.5])];
    const result = derive(places, [claim('a', 'ua'), claim('b', 'ua')]);
    expect(result.approximate).toBe(true);
    expect(result.sides.ua.method).toBe(
      'Derived, approximate: union of 3 km circles around the 2 settlements this claimant says Ukraine holds, clipped to the state border. Not a front line.',
    );
  });
});

describe('deriveControl claims', () => {
  const places = [place('a', 'RU', [35.3, 51.5]), place('b', 'RU', [35.7, 51.5])];

  it('ignores claims made after the day and other claimants', () => {
    const claims = [claim('a', 'ru', '2025-03-14'), claim('b', 'ru', '2025-03-01', 'c2')];
    const result = derive(places, claims);
    expect(result.sides.ru.placeIds).toEqual([]);
    expect(derive(places, claims, DAY + 1).sides.ru.placeIds).toEqual(['a']);
  });

  it('uses the claimant’s latest claim per place', () => {
    const claims = [claim('a', 'ua', '2024-08-15'), claim('a', 'ru', '2025-03-13')];
    expect(derive(places, claims, DAY - 1).sides.ua.placeIds).toEqual(['a']);
    const onDay = derive(places, claims, DAY);
    expect(onDay.sides.ru.placeIds).toEqual(['a']);
    expect(onDay.sides.ua.placeIds).toEqual([]);
  });

  it('gives contested places no zone', () => {
    const result = derive(places, [claim('a', 'contested')]);
    expect(result.sides.ru.placeIds).toEqual([]);
    expect(result.sides.ua.placeIds).toEqual([]);
  });

  it('agrees with holdersAsOf at every step of holderTimeline', () => {
    const claims = [
      claim('a', 'ua', '2024-08-15'),
      claim('b', 'ua', '2024-08-15'),
      claim('a', 'ru', '2025-03-13'),
      claim('b', 'contested', '2025-03-13'),
      claim('b', 'ru', '2025-03-13'),
    ];
    const timeline = holderTimeline(claims, 'c1');
    expect(timeline.map((step) => step.day)).toEqual([
      toDayNumber('2024-08-15'),
      toDayNumber('2025-03-13'),
    ]);
    for (const step of timeline) {
      expect(step.holders).toEqual(holdersAsOf(claims, 'c1', step.day));
    }
    expect(timeline[1]?.holders.get('b')).toBe('ru');
  });
});
