import { csvField } from '../data/csv';
import { toIsoDay } from '../data/dates';
import type { Country } from './sites';
import { OPEN_END_DAY, type StatusInterval, type ZoneStatus } from './combined-status';

/** A settlement's cell size and state: all the area series needs of the geometry. */
export interface CellArea {
  place: string;
  country: Country;
  areaKm2: number;
}

/** km² and settlements with one status in one state, in one view, from `day` on. */
export interface AreaRow {
  view: string;
  /** UTC day number from which these totals hold (until the view's next row day). */
  day: number;
  status: ZoneStatus;
  country: Country;
  /** Sum of the cells' areas, rounded to 0.001 km². */
  km2: number;
  /** Located settlements (cells) behind the area. */
  settlements: number;
}

/** Row order within a day. */
const STATUS_ORDER: readonly ZoneStatus[] = [
  'ua',
  'ua-implied',
  'ru',
  'ru-implied',
  'contested',
  'disputed',
];
const COUNTRY_ORDER: readonly Country[] = ['RU', 'UA'];

interface Total {
  km2: number;
  settlements: number;
}

/**
 * The area series: for each view, on every day its located settlements' status set changes, the
 * km² and settlement count per status and state. Only places with a cell count (unlocated places
 * add no area, and their changes add no day). A status–state pair absent on a day has 0; the day
 * it drops to 0 carries an explicit 0 row, so each row holds until the next row day of its view.
 * Views keep their input order; rows go by day, status ({@link STATUS_ORDER}) and state.
 */
export function areaSeries(
  cells: readonly CellArea[],
  views: Readonly<Record<string, readonly StatusInterval[]>>,
): AreaRow[] {
  const cellOf = new Map(cells.map((cell) => [cell.place, cell]));
  return Object.entries(views).flatMap(([view, intervals]) =>
    viewSeries(
      view,
      intervals.filter((interval) => cellOf.has(interval.place)),
      cellOf,
    ),
  );
}

function viewSeries(
  view: string,
  intervals: readonly StatusInterval[],
  cellOf: ReadonlyMap<string, CellArea>,
): AreaRow[] {
  const changes = new Map<number, { interval: StatusInterval; sign: 1 | -1 }[]>();
  const addChange = (day: number, interval: StatusInterval, sign: 1 | -1) => {
    if (day >= OPEN_END_DAY) return;
    changes.set(day, [...(changes.get(day) ?? []), { interval, sign }]);
  };
  for (const interval of intervals) {
    addChange(interval.from, interval, 1);
    addChange(interval.to, interval, -1);
  }
  const totals = new Map<string, Total>();
  const rows: AreaRow[] = [];
  for (const day of [...changes.keys()].sort((a, b) => a - b)) {
    const before = new Set(
      [...totals].filter(([, total]) => total.settlements > 0).map(([k]) => k),
    );
    for (const { interval, sign } of changes.get(day) ?? []) {
      const cell = cellOf.get(interval.place);
      if (!cell) continue;
      const key = totalKey(interval.status, cell.country);
      const total = totals.get(key) ?? { km2: 0, settlements: 0 };
      totals.set(key, {
        km2: total.km2 + sign * cell.areaKm2,
        settlements: total.settlements + sign,
      });
    }
    for (const status of STATUS_ORDER) {
      for (const country of COUNTRY_ORDER) {
        const key = totalKey(status, country);
        const total = totals.get(key);
        const held = total !== undefined && total.settlements > 0;
        if (!held && !before.has(key)) continue;
        rows.push({
          view,
          day,
          status,
          country,
          km2: held ? Math.round(total.km2 * 1000) / 1000 : 0,
          settlements: held ? total.settlements : 0,
        });
      }
    }
  }
  return rows;
}

function totalKey(status: ZoneStatus, country: Country): string {
  return `${status}|${country}`;
}

/** The CSV header written by {@link areaSeriesCsv}. */
export const AREA_CSV_HEADER = 'view,date,status,country,km2,settlements';

/** The series as CSV: one row per view, day (YYYY-MM-DD), status and state; `\n` line ends. */
export function areaSeriesCsv(rows: readonly AreaRow[]): string {
  const lines = rows.map((row) =>
    [
      csvField(row.view),
      toIsoDay(row.day),
      row.status,
      row.country,
      row.km2.toFixed(3),
      String(row.settlements),
    ].join(','),
  );
  return [AREA_CSV_HEADER, ...lines].join('\n') + '\n';
}
