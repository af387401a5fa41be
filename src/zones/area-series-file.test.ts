import { describe, expect, it } from 'vitest';
import { areaSeries } from './area-series';
import { packAreaSeries } from './area-series-file';
import { checkAreaSeries } from './area-series-schema';

const cells = [
  { place: 'a', country: 'RU' as const, areaKm2: 10 },
  { place: 'b', country: 'RU' as const, areaKm2: 5 },
  { place: 'c', country: 'UA' as const, areaKm2: 7 },
];

describe('packAreaSeries', () => {
  it('gives each view its change days once and a value per day in every column', () => {
    const rows = areaSeries(cells, {
      all: [
        { place: 'a', status: 'ua', from: 100, to: 120 },
        { place: 'b', status: 'ua', from: 110, to: 1_000_000 },
        { place: 'a', status: 'ru', from: 120, to: 1_000_000 },
      ],
    });
    const file = packAreaSeries(rows);
    expect(checkAreaSeries(file)).toEqual(file);
    expect(file.views.all?.days).toEqual([100, 110, 120]);
    expect(file.views.all?.columns).toEqual([
      { status: 'ua', country: 'RU', km2: [10, 15, 5], settlements: [1, 2, 1] },
      { status: 'ru', country: 'RU', km2: [0, 0, 10], settlements: [0, 0, 1] },
    ]);
  });

  it('reads 0 after a pair drops out, not its last value', () => {
    const rows = areaSeries(cells, {
      isw: [
        { place: 'c', status: 'ru', from: 5, to: 8 },
        { place: 'a', status: 'ua', from: 8, to: 12 },
        { place: 'b', status: 'ua', from: 12, to: 1_000_000 },
      ],
    });
    const view = packAreaSeries(rows).views.isw;
    expect(view?.days).toEqual([5, 8, 12]);
    expect(view?.columns.find((c) => c.status === 'ru')?.km2).toEqual([7, 0, 0]);
    expect(view?.columns.find((c) => c.status === 'ua')?.km2).toEqual([0, 10, 5]);
  });

  it('keeps views apart and in input order', () => {
    const rows = areaSeries(cells, {
      all: [{ place: 'a', status: 'ua', from: 1, to: 3 }],
      mod: [{ place: 'c', status: 'ru', from: 2, to: 1_000_000 }],
    });
    expect(Object.keys(packAreaSeries(rows).views)).toEqual(['all', 'mod']);
  });

  it('rejects a column whose length differs from its days', () => {
    const bad = {
      views: {
        all: {
          days: [1, 2],
          columns: [{ status: 'ua', country: 'RU', km2: [1], settlements: [1] }],
        },
      },
    };
    expect(checkAreaSeries(bad)).toBeNull();
  });
});
