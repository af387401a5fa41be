import type { Rejection } from '../data/rejection';
import type { FileText } from '../data/read-dataset';
import type { Dataset } from '../data/schema';
import type { ZoneCell, ZoneCellsFile } from './zone-cells-schema';
import { zoneSites } from './sites';

/** File the build writes next to the data files (scripts/derived/index.ts). */
export const ZONE_CELLS_FILE = 'zone-cells.json';

/** The build's cells, or none and why (file missing, not JSON, wrong shape). */
export interface ZoneCellsLoad {
  file: ZoneCellsFile | null;
  problem: string | null;
}

/**
 * The build's cells from the fetched text (scripts/derived/index.ts). `check` is the shape check,
 * or null when the build checked this very text (content hashes match) and parsing is enough.
 */
export function readZoneCells(
  text: FileText,
  check: ((json: unknown) => ZoneCellsFile | null) | null,
): ZoneCellsLoad {
  if (text === undefined) return { file: null, problem: 'could not be fetched: HTTP 404' };
  if (typeof text === 'object') return { file: null, problem: text.failure };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: null, problem: `could not be read: ${reason}` };
  }
  const file = check ? check(json) : (json as ZoneCellsFile);
  return file
    ? { file, problem: null }
    : { file: null, problem: 'not a zone-cells file this app can read' };
}

/**
 * The cell of each located place whose coordinate matches the one the build used; a place
 * missing here is not drawn as a zone (see {@link zoneCellRejections}).
 */
export function usableCells(
  dataset: Pick<Dataset, 'places'>,
  file: ZoneCellsFile | null,
): Map<string, ZoneCell> {
  const usable = new Map<string, ZoneCell>();
  for (const site of zoneSites(dataset)) {
    const cell = file?.cells[site.id];
    if (cell && cell.site[0] === site.lon && cell.site[1] === site.lat) usable.set(site.id, cell);
  }
  return usable;
}

/**
 * Located places with no usable cell, as rejections the banner lists: the whole file when it
 * could not be used, otherwise each place. That happens only when the data served differs from
 * the data the app was built with.
 */
export function zoneCellRejections(
  dataset: Pick<Dataset, 'places'>,
  { file, problem }: ZoneCellsLoad,
): Rejection[] {
  const sites = zoneSites(dataset);
  if (sites.length === 0) return [];
  if (problem !== null || !file) {
    const message = `${problem ?? 'missing'}; the zones of ${sites.length} located settlements are not drawn`;
    return [{ file: ZONE_CELLS_FILE, recordId: null, field: null, message }];
  }
  const usable = usableCells(dataset, file);
  return sites
    .filter((site) => !usable.has(site.id))
    .map((site) => ({
      file: ZONE_CELLS_FILE,
      recordId: site.id,
      field: null,
      message: 'zone cell not drawn: the data changed after the app was built (rebuild to draw it)',
    }));
}
