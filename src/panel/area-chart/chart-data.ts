import type { AreaFigure } from '../../data/schema';
import { toDayNumber } from '../../data/dates';
import type { AreaSeriesView } from '../../zones/area-series-schema';
import type { ImportedSeries } from './imported-series';

/** The derived lines the chart draws: Kursk oblast (state RU) only, as the published figures. */
export const CHART_LINES = [
  { key: 'ua', status: 'ua', colour: '#2166ac', implied: false },
  {
    key: 'uaImplied',
    status: 'ua-implied',
    colour: '#2166ac',
    implied: true,
  },
  { key: 'ru', status: 'ru', colour: '#e08214', implied: false },
  {
    key: 'ruImplied',
    status: 'ru-implied',
    colour: '#e08214',
    implied: true,
  },
] as const;

/** Colours of the published figures' points, one per claimant in order of first figure. */
export const POINT_COLOURS = ['#1b7837', '#762a83', '#c51b7d', '#4d4d4d', '#8c510a', '#01665e'];

/**
 * A claimant's name short enough to sit beside a point: without its description in brackets,
 * and "of the Armed Forces of Ukraine" as ", UA".
 */
export function plotLabel(name: string): string {
  return (name.split(' (')[0] ?? name).replace(/ of the Armed Forces of Ukraine$/, ', UA');
}

export type LineKey = (typeof CHART_LINES)[number]['key'];

/** One derived value: km² and the settlements behind it. */
export interface LineValue {
  km2: number;
  settlements: number;
}

/** A view's derived lines in Kursk oblast: change days and, per line, the value from each day. */
export interface ChartLines {
  days: number[];
  values: Record<LineKey, LineValue[]>;
}

/** A published figure with a total, as a point. */
export interface FigurePoint {
  id: string;
  day: number;
  km2: number;
  claimant: string;
  sources: readonly string[];
}

/** The view's lines; a view absent from the file (no located place claimed) has no days. */
export function chartLines(view: AreaSeriesView | undefined): ChartLines {
  const days = view?.days ?? [];
  const values = {} as Record<LineKey, LineValue[]>;
  for (const line of CHART_LINES) {
    const column = view?.columns.find((c) => c.country === 'RU' && c.status === line.status);
    values[line.key] = days.map((_, i) => ({
      km2: column?.km2[i] ?? 0,
      settlements: column?.settlements[i] ?? 0,
    }));
  }
  return { days, values };
}

/** The figures that give a total, by date; a change-only figure has no point. */
export function figurePoints(figures: readonly AreaFigure[]): FigurePoint[] {
  return figures
    .flatMap((figure) =>
      figure.km2 === null
        ? []
        : [
            {
              id: figure.id,
              day: toDayNumber(figure.date),
              km2: figure.km2,
              claimant: figure.claimant,
              sources: figure.sources,
            },
          ],
    )
    .sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
}

/** Each line's value on `day`: the last change on or before it, or nothing before the first. */
export function valuesAt(lines: ChartLines, day: number): Record<LineKey, LineValue> | null {
  const i = lastIndexAtOrBefore(lines.days, day);
  if (i < 0) return null;
  const at = {} as Record<LineKey, LineValue>;
  for (const line of CHART_LINES)
    at[line.key] = lines.values[line.key][i] ?? { km2: 0, settlements: 0 };
  return at;
}

function lastIndexAtOrBefore(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? Infinity) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The days the chart spans: every change, figure and imported snapshot, a week's margin each side. */
export function chartRange(
  lines: ChartLines,
  points: readonly FigurePoint[],
  imported: ImportedSeries | null = null,
) {
  const days = [...lines.days, ...points.map((point) => point.day), ...(imported?.days ?? [])];
  if (days.length === 0) return null;
  return { min: Math.min(...days) - 7, max: Math.max(...days) + 7 };
}

/** Seconds since 1970 for a UTC day number: the x unit of a uPlot time axis. */
export const daySeconds = (day: number) => day * 86_400;

/** The index of the imported snapshot in force on `day` (the last on or before it), or -1. */
export const importedIndexAt = (imported: ImportedSeries, day: number): number =>
  lastIndexAtOrBefore(imported.days, day);

/**
 * The chart's columns in uPlot's aligned form: x (seconds) over every change, figure and imported
 * snapshot day, the four lines carried forward to each x (null before their first change), one
 * points-only column per claimant in `claimants` (its figure's km² on its day, else null), then
 * each imported line carried forward from its snapshots. The last x is the range's end, so each
 * line runs on to the right edge.
 */
export function alignedColumns(
  lines: ChartLines,
  points: readonly FigurePoint[],
  claimants: readonly string[],
  endDay: number,
  imported: ImportedSeries | null = null,
): (number | null)[][] {
  const xs = [
    ...new Set([
      ...lines.days,
      ...points.map((point) => point.day),
      ...(imported?.days ?? []),
      endDay,
    ]),
  ].sort((a, b) => a - b);
  const lineColumns = CHART_LINES.map((line) =>
    xs.map((x) => {
      const i = lastIndexAtOrBefore(lines.days, x);
      return i < 0 ? null : (lines.values[line.key][i]?.km2 ?? null);
    }),
  );
  const pointColumns = claimants.map((claimant) =>
    xs.map((x) => {
      const point = points.find((p) => p.claimant === claimant && p.day === x);
      return point ? point.km2 : null;
    }),
  );
  const importedColumns = (imported?.lines ?? []).map((line) =>
    xs.map((x) => {
      const i = imported ? importedIndexAt(imported, x) : -1;
      return i < 0 ? null : (line.km2[i] ?? null);
    }),
  );
  return [xs.map(daySeconds), ...lineColumns, ...pointColumns, ...importedColumns];
}

/** The claimants that published a total, in order of their first figure. */
export function figureClaimants(points: readonly FigurePoint[]): string[] {
  return [...new Set(points.map((point) => point.claimant))];
}
