import { z } from 'zod';
import type { AreaRow } from './area-series';

/** The derived file with the area series, fetched by the panel's chart when it mounts. */
export const AREA_SERIES_FILE = 'area-series.json';

const STATUSES = ['ru', 'ua', 'contested', 'disputed', 'ru-implied', 'ua-implied'] as const;
const COUNTRIES = ['RU', 'UA'] as const;

const columnSchema = z.object({
  status: z.enum(STATUSES),
  country: z.enum(COUNTRIES),
  /** km² from each of the view's days on, aligned with `days`. */
  km2: z.array(z.number().nonnegative()),
  /** Settlements behind the area, aligned with `days`. */
  settlements: z.array(z.number().int().nonnegative()),
});

const viewSchema = z.object({
  /** UTC day numbers on which the view's totals change, ascending. */
  days: z.array(z.number().int()),
  columns: z.array(columnSchema),
});

/**
 * `area-series.json`: per view, the change days once and one column per status and state with a
 * value for every day (0 where the pair holds nothing), so a chart can read it as is.
 */
export const areaSeriesFileSchema = z
  .object({ views: z.record(z.string(), viewSchema) })
  .refine(
    (file) =>
      Object.values(file.views).every((view) =>
        view.columns.every(
          (column) =>
            column.km2.length === view.days.length &&
            column.settlements.length === view.days.length,
        ),
      ),
    { message: 'every column has one value per day' },
  );

export type AreaSeriesFile = z.infer<typeof areaSeriesFileSchema>;
export type AreaSeriesView = AreaSeriesFile['views'][string];
type AreaSeriesColumn = AreaSeriesView['columns'][number];

/**
 * Packs the rows of `areaSeries` into the file's columns; views keep their row order. A pair with
 * no row on a day holds nothing that day: `areaSeries` writes every held pair on every change day.
 */
export function packAreaSeries(rows: readonly AreaRow[]): AreaSeriesFile {
  const byView = new Map<string, AreaRow[]>();
  for (const row of rows) byView.set(row.view, [...(byView.get(row.view) ?? []), row]);
  const views: AreaSeriesFile['views'] = {};
  for (const [view, viewRows] of byView) {
    const days = [...new Set(viewRows.map((row) => row.day))].sort((a, b) => a - b);
    const dayIndex = new Map(days.map((day, i) => [day, i]));
    const columns = new Map<string, AreaSeriesColumn>();
    for (const row of viewRows) {
      const key = `${row.status}|${row.country}`;
      let column = columns.get(key);
      if (!column) {
        column = {
          status: row.status,
          country: row.country,
          km2: days.map(() => 0),
          settlements: days.map(() => 0),
        };
        columns.set(key, column);
      }
      const i = dayIndex.get(row.day) ?? 0;
      column.km2[i] = row.km2;
      column.settlements[i] = row.settlements;
    }
    views[view] = { days, columns: [...columns.values()] };
  }
  return { views };
}

/**
 * Fetches and checks area-series.json; null when it cannot be fetched or read. The page fetches
 * it only when a component needs it (the chart, a comparison), never for the first paint.
 */
export async function fetchAreaSeries(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<AreaSeriesFile | null> {
  try {
    const response = await fetchFn(`${baseUrl}data/${AREA_SERIES_FILE}`);
    if (!response.ok) return null;
    const parsed = areaSeriesFileSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
