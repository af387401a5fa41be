import { z } from 'zod';

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
const areaSeriesFileSchema = z
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

/** The series file when it has the shape the chart reads, else null (a swapped or stale file). */
export function checkAreaSeries(json: unknown): AreaSeriesFile | null {
  const parsed = areaSeriesFileSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
