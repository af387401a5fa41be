import { describe, expect, it } from 'vitest';
import type { Kept } from '../src/data/record-rules';
import type { LandPolygons } from '../src/zones/build/cells';
import { geometryPlaceRule, MIN_PLACE_SPACING_M } from './place-rules';

/** RU west of lon 35, UA east of it, nothing south of lat 50. */
const COUNTRIES: LandPolygons = {
  type: 'FeatureCollection',
  features: [
    ['RU', 34, 35],
    ['UA', 35, 36],
  ].map(([country, west, east]) => ({
    type: 'Feature',
    properties: { country: country as 'RU' | 'UA' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [west as number, 50],
            [east as number, 50],
            [east as number, 52],
            [west as number, 52],
            [west as number, 50],
          ],
        ],
      ],
    },
  })),
};

function place(
  index: number,
  id: string,
  country: 'RU' | 'UA',
  point: [lon: number, lat: number] | null,
): Kept<'places'> {
  return {
    index,
    id,
    record: {
      id,
      names: { en: id, native: id, variants: [] },
      country,
      oblast: 'Kursk',
      kind: 'village',
      location: point && {
        lon: point[0],
        lat: point[1],
        precision: 'second',
        citation: { text: 'A gazetteer' },
      },
      ...(point ? {} : { locationNote: 'Not located' }),
      citations: [],
    },
  };
}

const check = geometryPlaceRule(COUNTRIES);

describe('geometryPlaceRule: the side of the border', () => {
  it('accepts a place on its own side', () => {
    expect(check([place(0, 'a', 'RU', [34.5, 51]), place(1, 'b', 'UA', [35.5, 51])])).toEqual(
      new Map(),
    );
  });

  it('rejects a place on the other side, naming both states', () => {
    expect(check([place(0, 'a', 'RU', [35.5, 51])])).toEqual(
      new Map([
        [
          'a',
          [
            {
              field: 'location',
              message: 'lies in UA, but country is RU (swapped lat/lon or a homonym?)',
            },
          ],
        ],
      ]),
    );
  });

  it('does not judge a point that lies in neither state, or an unlocated place', () => {
    expect(check([place(0, 'a', 'RU', [35.5, 49]), place(1, 'b', 'UA', null)])).toEqual(new Map());
  });
});

describe('geometryPlaceRule: spacing', () => {
  it(`accepts two places just over ${MIN_PLACE_SPACING_M} m apart`, () => {
    expect(check([place(0, 'a', 'RU', [34.5, 51]), place(1, 'b', 'RU', [34.5, 51.0028])])).toEqual(
      new Map(),
    );
  });

  it('rejects the later of two places just under it, naming both and the distance', () => {
    const found = check([place(0, 'b', 'RU', [34.5, 51.0026]), place(1, 'a', 'RU', [34.5, 51])]);
    expect(found).toEqual(
      new Map([
        [
          'a',
          [
            {
              field: 'location',
              message:
                '289 m from place "b" (closer than 300 m: the same place twice, or a copied coordinate?)',
            },
          ],
        ],
      ]),
    );
  });

  it('finds a close pair among places spread far apart in latitude', () => {
    const spread = Array.from({ length: 50 }, (_, i) =>
      place(i, `p${i}`, 'RU', [34.5, 50 + i / 25]),
    );
    const found = check([...spread, place(50, 'near', 'RU', [34.5001, 51.0001])]);
    expect([...found.keys()]).toEqual(['near']);
  });
});
