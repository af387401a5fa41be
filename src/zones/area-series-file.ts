import { checkedByBuild } from '../data/content-hashes';
import { fetchContentHashes, fetchFile } from '../data/load-dataset';
import type { AreaRow } from './area-series';
import type { AreaSeriesFile, AreaSeriesView } from './area-series-schema';

/** The derived file with the area series, fetched by the panel's chart when it mounts. */
export const AREA_SERIES_FILE = 'area-series.json';

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
 * Fetches area-series.json; null when it cannot be fetched or read. The page fetches it only when
 * a component needs it (the chart, a comparison), never for the first paint. It is only parsed
 * when it is the text the build wrote (content hashes match); otherwise its schema checks it,
 * and that (with zod) loads only then.
 */
export async function fetchAreaSeries(baseUrl: string): Promise<AreaSeriesFile | null> {
  try {
    const [{ text, digest }, hashes] = await Promise.all([
      fetchFile(`${baseUrl}data/${AREA_SERIES_FILE}`),
      fetchContentHashes(baseUrl),
    ]);
    if (typeof text !== 'string') return null;
    const json = JSON.parse(text) as unknown;
    if (await checkedByBuild({ [AREA_SERIES_FILE]: digest }, hashes)) {
      return json as AreaSeriesFile;
    }
    const { checkAreaSeries } = await import('./area-series-schema');
    return checkAreaSeries(json);
  } catch {
    return null;
  }
}
