import { describe, expect, it } from 'vitest';
import type { AreaFigure } from '../../data/schema';
import type { AreaSeriesFile } from '../../zones/area-series-schema';
import {
  alignedColumns,
  chartLines,
  chartRange,
  daySeconds,
  figureClaimants,
  figurePoints,
  plotLabel,
  valuesAt,
} from './chart-data';

const VIEW: AreaSeriesFile['views'][string] = {
  days: [10, 20],
  columns: [
    { status: 'ua', country: 'RU', km2: [100, 40], settlements: [2, 1] },
    { status: 'ru', country: 'RU', km2: [0, 60], settlements: [0, 1] },
    { status: 'ua', country: 'UA', km2: [500, 500], settlements: [5, 5] },
  ],
};

const figure = (id: string, date: string, claimant: string, km2: number | null): AreaFigure => ({
  id,
  date,
  datePrecision: 'day',
  claimant,
  km2,
  qualifier: 'about',
  sources: [`${id}-src`],
});

describe('chart data', () => {
  it('reads only Kursk oblast (state RU) and fills absent lines with 0', () => {
    const lines = chartLines(VIEW);
    expect(lines.days).toEqual([10, 20]);
    expect(lines.values.ua.map((v) => v.km2)).toEqual([100, 40]);
    expect(lines.values.uaImplied.map((v) => v.km2)).toEqual([0, 0]);
    expect(chartLines(undefined).days).toEqual([]);
  });

  it('gives the values in force on a day, none before the first change', () => {
    const lines = chartLines(VIEW);
    expect(valuesAt(lines, 9)).toBeNull();
    expect(valuesAt(lines, 15)?.ua).toEqual({ km2: 100, settlements: 2 });
    expect(valuesAt(lines, 25)?.ru).toEqual({ km2: 60, settlements: 1 });
  });

  it('keeps figures with a total, by date, and lists their claimants in first-figure order', () => {
    const points = figurePoints([
      figure('b', '1970-01-16', 'x', 300),
      figure('a', '1970-01-13', 'y', 200),
      figure('c', '1970-01-14', 'x', null),
    ]);
    expect(points.map((p) => [p.id, p.day])).toEqual([
      ['a', 12],
      ['b', 15],
    ]);
    expect(figureClaimants(points)).toEqual(['y', 'x']);
  });

  it('aligns lines (carried forward) and points on one x in seconds, to the range end', () => {
    const lines = chartLines(VIEW);
    const points = figurePoints([figure('a', '1970-01-13', 'y', 200)]);
    const range = chartRange(lines, points);
    expect(range).toEqual({ min: 3, max: 27 });
    const [x, ua, , ru, , y] = alignedColumns(lines, points, ['y'], range!.max);
    expect(x).toEqual([10, 12, 20, 27].map(daySeconds));
    expect(ua).toEqual([100, 100, 40, 40]);
    expect(ru).toEqual([0, 0, 60, 60]);
    expect(y).toEqual([null, 200, null, null]);
  });

  it('shortens a claimant name for a label beside a point', () => {
    expect(plotLabel('DeepState (Ukrainian open-source map project)')).toBe('DeepState');
    expect(plotLabel('General Staff of the Armed Forces of Ukraine')).toBe('General Staff, UA');
  });
});
