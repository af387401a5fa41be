import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { areaSeries, areaSeriesCsv, type AreaRow, type CellArea } from './area-series';
import { OPEN_END_DAY, type StatusInterval, type ZoneStatus } from './combined-status';

const d = toDayNumber;

const CELLS: CellArea[] = [
  { place: 'sudzha', country: 'RU', areaKm2: 20.5 },
  { place: 'martynovka', country: 'RU', areaKm2: 10.25 },
  { place: 'yunakivka', country: 'UA', areaKm2: 30 },
];

function interval(place: string, status: ZoneStatus, from: string, to?: string): StatusInterval {
  return { place, status, from: d(from), to: to ? d(to) : OPEN_END_DAY };
}

describe('areaSeries', () => {
  it('sums km² and settlements per status and state on each change day', () => {
    const rows = areaSeries(CELLS, {
      all: [
        interval('sudzha', 'ua', '2024-08-15', '2025-03-12'),
        interval('sudzha', 'ru', '2025-03-12'),
        interval('martynovka', 'ua', '2024-08-15'),
        interval('yunakivka', 'ru', '2025-04-01'),
      ],
    });
    expect(rows).toEqual([
      {
        view: 'all',
        day: d('2024-08-15'),
        status: 'ua',
        country: 'RU',
        km2: 30.75,
        settlements: 2,
      },
      {
        view: 'all',
        day: d('2025-03-12'),
        status: 'ua',
        country: 'RU',
        km2: 10.25,
        settlements: 1,
      },
      { view: 'all', day: d('2025-03-12'), status: 'ru', country: 'RU', km2: 20.5, settlements: 1 },
      {
        view: 'all',
        day: d('2025-04-01'),
        status: 'ua',
        country: 'RU',
        km2: 10.25,
        settlements: 1,
      },
      { view: 'all', day: d('2025-04-01'), status: 'ru', country: 'RU', km2: 20.5, settlements: 1 },
      { view: 'all', day: d('2025-04-01'), status: 'ru', country: 'UA', km2: 30, settlements: 1 },
    ]);
  });

  it('writes an explicit 0 row on the day a status–state pair empties', () => {
    const rows = areaSeries(CELLS, {
      all: [interval('sudzha', 'disputed', '2025-03-01', '2025-03-10')],
    });
    expect(rows).toEqual([
      {
        view: 'all',
        day: d('2025-03-01'),
        status: 'disputed',
        country: 'RU',
        km2: 20.5,
        settlements: 1,
      },
      {
        view: 'all',
        day: d('2025-03-10'),
        status: 'disputed',
        country: 'RU',
        km2: 0,
        settlements: 0,
      },
    ]);
  });

  it('ignores places without a cell, adding no day for them', () => {
    const rows = areaSeries(CELLS, {
      all: [
        interval('sudzha', 'ru', '2025-03-12'),
        interval('unlocated', 'ua', '2024-08-10', '2025-01-01'),
      ],
    });
    expect(rows.map((row) => row.day)).toEqual([d('2025-03-12')]);
  });

  it('treats a place changing status on one day as one change', () => {
    const rows = areaSeries(CELLS, {
      all: [
        interval('sudzha', 'ua-implied', '2024-08-06', '2024-08-15'),
        interval('sudzha', 'ua', '2024-08-15'),
      ],
    });
    expect(rows.filter((row) => row.day === d('2024-08-15'))).toEqual([
      { view: 'all', day: d('2024-08-15'), status: 'ua', country: 'RU', km2: 20.5, settlements: 1 },
      {
        view: 'all',
        day: d('2024-08-15'),
        status: 'ua-implied',
        country: 'RU',
        km2: 0,
        settlements: 0,
      },
    ]);
  });

  it('keeps views apart and in input order', () => {
    const rows = areaSeries(CELLS, {
      all: [interval('sudzha', 'ru', '2025-03-12')],
      'ru-mod': [interval('sudzha', 'ru', '2025-03-12')],
      isw: [interval('yunakivka', 'ua', '2024-08-01')],
    });
    expect(rows.map((row) => `${row.view}:${row.country}`)).toEqual([
      'all:RU',
      'ru-mod:RU',
      'isw:UA',
    ]);
  });

  it('rounds km² to 0.001 without drifting as areas come and go', () => {
    const cells = [
      { place: 'a', country: 'RU' as const, areaKm2: 0.1 },
      { place: 'b', country: 'RU' as const, areaKm2: 0.2 },
    ];
    const rows = areaSeries(cells, {
      all: [interval('a', 'ru', '2025-01-01'), interval('b', 'ru', '2025-01-02', '2025-01-03')],
    });
    expect(rows.map((row) => row.km2)).toEqual([0.1, 0.3, 0.1]);
  });

  it('matches a day-by-day sum (random intervals)', () => {
    const statuses: ZoneStatus[] = ['ru', 'ua', 'disputed', 'ua-implied'];
    const arb = fc.array(
      fc.record({
        place: fc.constantFrom('sudzha', 'martynovka', 'yunakivka'),
        status: fc.constantFrom(...statuses),
        from: fc.integer({ min: 0, max: 30 }),
        length: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(arb, (records) => {
        const intervals = records.map((r) => ({ ...r, to: r.from + r.length }));
        const rows = areaSeries(CELLS, { v: intervals });
        const latest = (day: number, status: ZoneStatus, country: string): AreaRow | undefined =>
          rows.filter((r) => r.day <= day && r.status === status && r.country === country).at(-1);
        for (let day = 0; day <= 61; day++) {
          for (const status of statuses) {
            for (const country of ['RU', 'UA']) {
              const held = intervals.filter(
                (i) =>
                  i.status === status &&
                  i.from <= day &&
                  day < i.to &&
                  CELLS.find((c) => c.place === i.place)?.country === country,
              );
              const expected = held.reduce(
                (sum, i) => sum + (CELLS.find((c) => c.place === i.place)?.areaKm2 ?? 0),
                0,
              );
              expect(latest(day, status, country)?.km2 ?? 0).toBeCloseTo(expected, 6);
              expect(latest(day, status, country)?.settlements ?? 0).toBe(held.length);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('areaSeriesCsv', () => {
  it('writes a header and one line per row, with ISO dates and 3-decimal km²', () => {
    const csv = areaSeriesCsv([
      {
        view: 'all',
        day: d('2024-08-15'),
        status: 'ua',
        country: 'RU',
        km2: 30.75,
        settlements: 2,
      },
      { view: 'ru-mod', day: d('2025-03-12'), status: 'ru', country: 'RU', km2: 0, settlements: 0 },
    ]);
    expect(csv).toBe(
      'view,date,status,country,km2,settlements\n' +
        'all,2024-08-15,ua,RU,30.750,2\n' +
        'ru-mod,2025-03-12,ru,RU,0.000,0\n',
    );
  });

  it('quotes a field holding a comma or a quote', () => {
    const csv = areaSeriesCsv([
      { view: 'a,"b"', day: d('2024-08-15'), status: 'ua', country: 'UA', km2: 1, settlements: 1 },
    ]);
    expect(csv.split('\n')[1]).toBe('"a,""b""",2024-08-15,ua,UA,1.000,1');
  });

  it('writes only the header for no rows', () => {
    expect(areaSeriesCsv([])).toBe('view,date,status,country,km2,settlements\n');
  });
});
