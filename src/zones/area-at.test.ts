import { describe, expect, it } from 'vitest';
import { areaChanges, areaOnDay } from './area-at';
import type { AreaSeriesView } from './area-series-schema';

const VIEW: AreaSeriesView = {
  days: [10, 20],
  columns: [
    { status: 'ua', country: 'RU', km2: [100, 40], settlements: [5, 2] },
    { status: 'ua-implied', country: 'RU', km2: [10, 0], settlements: [1, 0] },
    { status: 'ru', country: 'RU', km2: [0, 60], settlements: [0, 3] },
    { status: 'ru', country: 'UA', km2: [0, 5], settlements: [0, 1] },
    { status: 'disputed', country: 'RU', km2: [0, 7], settlements: [0, 1] },
  ],
};

describe('areaOnDay', () => {
  it('sums a side with its implied cells over both states, from the row in force', () => {
    expect(areaOnDay(VIEW, 15).ua).toEqual({ km2: 110, settlements: 6 });
    expect(areaOnDay(VIEW, 25).ru).toEqual({ km2: 65, settlements: 4 });
    expect(areaOnDay(VIEW, 25).disputed).toEqual({ km2: 7, settlements: 1 });
  });

  it('holds nothing before the first day or for a view not in the file', () => {
    expect(areaOnDay(VIEW, 9).ua).toEqual({ km2: 0, settlements: 0 });
    expect(areaOnDay(undefined, 25).ru).toEqual({ km2: 0, settlements: 0 });
  });
});

describe('areaChanges', () => {
  it('gives each side’s km² on both dates and the change', () => {
    const [ru, ua] = areaChanges(VIEW, 15, 25);
    expect(ru).toMatchObject({ group: 'ru', deltaKm2: 65 });
    expect(ua).toMatchObject({ group: 'ua', deltaKm2: -70 });
  });
});
