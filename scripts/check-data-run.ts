import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_KINDS } from '../src/data/data-files';
import { DATA_FILES } from '../src/data/schema';
import type { Archive } from '../src/data/consistency-rules';
import { groupRejections, tallyRejections } from '../src/data/rejection-summary';
import type { ValidationResult } from '../src/data/validate-dataset';
import type { LandPolygons } from '../src/zones/build/cells';
import { readDataFolder } from './data-folder';
import { geometryPlaceRule } from './place-rules';

/** The state land polygons the map draws; places are checked against the border they draw. */
const COUNTRIES = join(import.meta.dirname, '..', 'public', 'basemap', 'countries.geojson');

/** Printed with every flag error so a mistyped flag never looks like a data problem. */
export const USAGE = 'usage: tsx scripts/check-data.ts [--data <dir>] [--archive <dir>]';

/** Where the CLI writes; injectable so tests can run it in-process. */
export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

class UsageError extends Error {}

function readOptions(args: string[]): { data: string; archive: string | undefined } {
  let values: { data?: string; archive?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { data: { type: 'string' }, archive: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const data = values.data ?? 'data';
  for (const dir of [data, values.archive]) {
    if (dir !== undefined && !(existsSync(dir) && statSync(dir).isDirectory())) {
      throw new UsageError(`not a folder: ${dir}`);
    }
  }
  return { data, archive: values.archive };
}

function readArchive(dir: string): Archive {
  const archive: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) archive[name] = readFileSync(path, 'utf8');
  }
  return archive;
}

/** Per file: records kept and rejected, counted as the page's banner counts them. */
function summary({ dataset, rejections, unreadable }: ValidationResult): string {
  const tallies = new Map(tallyRejections(rejections).map((tally) => [tally.file, tally]));
  return DATA_KINDS.map((kind) => {
    const { file } = DATA_FILES[kind];
    if (unreadable.includes(file)) return `${file} unreadable`;
    const tally = tallies.get(file);
    const parts = [
      `${dataset[kind].length} ok`,
      tally && tally.skipped > 0 ? `${tally.skipped} rejected` : null,
      tally && tally.linksDropped > 0 ? `${tally.linksDropped} kept without a broken link` : null,
    ].filter((part) => part !== null);
    return `${file} ${parts.join(', ')}`;
  }).join('; ');
}

/** What checking a data folder found: the printed lines, the closing summary, and whether clean. */
export interface CheckReport {
  ok: boolean;
  /** One line per problem, the same problem in many records grouped (rejection-summary.ts). */
  lines: string[];
  summary: string;
}

/**
 * Checks the data files in `dataDir` with every rule: the page's, the geometry place rules and,
 * given an archive folder, the verbatim quotes. Shared by the CLI and the build (vite-data-plugin).
 */
export function checkDataFolder(dataDir: string, archiveDir: string | undefined): CheckReport {
  const started = performance.now();
  const archive = archiveDir === undefined ? undefined : readArchive(archiveDir);
  const countries = JSON.parse(readFileSync(COUNTRIES, 'utf8')) as LandPolygons;
  const result = readDataFolder(dataDir, archive, geometryPlaceRule(countries));
  const elapsed = Math.round(performance.now() - started);
  const verbatim = archive
    ? 'quotes checked against the archive'
    : 'quotes NOT checked (no --archive)';
  return {
    ok: result.rejections.length === 0,
    lines: groupRejections(result.rejections),
    summary: `${result.rejections.length} problem(s). ${summary(result)}. ${verbatim}. ${elapsed} ms`,
  };
}

/**
 * Checks a data folder and prints every problem plus a summary. Returns the exit code: 0 clean,
 * 1 if anything was rejected (so CI fails on bad data), 2 on bad flags.
 */
export function runCheckData(args: string[], out: Output): number {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const report = checkDataFolder(options.data, options.archive);
  for (const line of report.lines) out.log(line);
  out.log(report.summary);
  return report.ok ? 0 : 1;
}
