import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../data/dates';
import type { AssessedSide, Snapshot } from '../../importer/types';
import { alignedColumns, chartLines, daySeconds, importedIndexAt } from './chart-data';
import { importedSeries } from './imported-series';
import { translate } from '../../i18n/setup';

const area = (side: AssessedSide | null, km2Kursk: number, km2Sumy: number) => ({
  type: 'Feature' as const,
  geometry: { type: 'Polygon' as const, coordinates: [] },
  properties: { side, label: String(side), km2Kursk, km2Sumy },
});

const snapshot = (source: string, date: string | null, areas: ReturnType<typeof area>[]) =>
  ({
    id: `${source}|${date}`,
    source,
    date,
    dateFrom: date ? 'file name' : null,
    bytes: 1,
    areas: { type: 'FeatureCollection', features: areas },
    notes: [],
  }) satisfies Snapshot;

const AUG_20 = toDayNumber('2024-08-20');
const SEP_1 = toDayNumber('2024-09-01');

describe('imported snapshots as chart lines', () => {
  const series = importedSeries(
    [
      snapshot('b.geojson', '2024-09-01', [area('ua', 800, 0), area('ru', 0, 12.5)]),
      snapshot('a.geojson', '2024-08-20', [
        area('ua', 500, 0),
        area('ua', 100, 0),
        area(null, 40, 0),
      ]),
      snapshot('undated.geojson', null, [area('ua', 9999, 0)]),
    ],
    translate,
  );

  it('sums each side per oblast per snapshot day, oldest first, without undated snapshots', () => {
    expect(series.days).toEqual([AUG_20, SEP_1]);
    expect(series.sources).toEqual(['a.geojson', 'b.geojson']);
    const byLabel = Object.fromEntries(series.lines.map((line) => [line.label, line.km2]));
    expect(byLabel).toEqual({
      'Ukraine-held in Kursk Oblast': [600, 800],
      'Grey / unknown in Kursk Oblast': [40, 0],
      'Russia-held in Sumy Oblast': [0, 12.5],
    });
  });

  it('keeps, of two snapshots on one day, the last by name', () => {
    const sameDay = importedSeries(
      [
        snapshot('z.geojson', '2024-08-20', [area('ua', 2, 0)]),
        snapshot('y.geojson', '2024-08-20', [area('ua', 1, 0)]),
      ],
      translate,
    );
    expect(sameDay.sources).toEqual(['z.geojson']);
    expect(sameDay.lines[0]?.km2).toEqual([2]);
  });

  it('carries each line forward in the chart columns from its snapshot days', () => {
    const columns = alignedColumns(chartLines(undefined), [], [], SEP_1 + 7, series);
    expect(columns[0]).toEqual([AUG_20, SEP_1, SEP_1 + 7].map(daySeconds));
    // x, four derived lines, no claimants, then the three imported lines.
    expect(columns).toHaveLength(1 + 4 + 3);
    expect(columns[5]).toEqual([600, 800, 800]);
    expect(importedIndexAt(series, AUG_20 - 1)).toBe(-1);
    expect(importedIndexAt(series, SEP_1 + 3)).toBe(1);
  });
});
