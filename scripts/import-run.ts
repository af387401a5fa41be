import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { landInOperationArea } from '../src/importer/geometry';
import { importFile } from '../src/importer/import-file';
import { areasBySide, unmappedLabels, withAnswers } from '../src/importer/summary';
import { ASSESSED_SIDES, ImportError, type AssessedSide } from '../src/importer/types';
import { parseXml } from '../src/importer/xml';

const IMPORTABLE = /\.(geojson|json|kml|kmz)$/i;

/** The files named, folders expanded (not recursively) to their importable files. */
function expand(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => IMPORTABLE.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

/** A file name for a snapshot: its date and source, safe on any file system. */
const fileNameOf = (date: string, source: string) =>
  `${date}_${source.replace(/[^\w.-]+/g, '_')}.json`;

export interface ImportOptions {
  /** Date for snapshots with none (`--date YYYY-MM-DD`). */
  date?: string;
  /** Sides for unrecognised labels (`--side "Zone A=ru"`). */
  sides: Record<string, AssessedSide>;
  /** Where the snapshots go (data/local-imports/). */
  outDir: string;
  /** oblast-land.geojson, the land the km² are counted on. */
  oblastLandPath: string;
}

/** Parses `npm run import -- [--date D] [--side "label=ua|ru|unknown"]… <files or folders>`. */
export function parseArgs(argv: readonly string[]): {
  paths: string[];
  date?: string;
  sides: Record<string, AssessedSide>;
} {
  const paths: string[] = [];
  const sides: Record<string, AssessedSide> = {};
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--date') date = argv[++i];
    else if (arg === '--side') {
      const [label, side] = (argv[++i] ?? '').split(/=(?=[^=]*$)/);
      if (!label || !ASSESSED_SIDES.includes(side as AssessedSide)) {
        throw new Error(`--side wants "label=ua|ru|unknown", got "${argv[i] ?? ''}"`);
      }
      sides[label] = side as AssessedSide;
    } else paths.push(arg);
  }
  return { paths, date, sides };
}

/**
 * Imports each file into `outDir` as one snapshot JSON; returns the lines to print and whether
 * every file was imported. A file with no date (and no --date) is refused, naming it.
 */
export function runImport(
  paths: readonly string[],
  options: ImportOptions,
): { lines: string[]; ok: boolean } {
  const land = landInOperationArea(JSON.parse(readFileSync(options.oblastLandPath, 'utf8')));
  const lines: string[] = [];
  let ok = true;
  mkdirSync(options.outDir, { recursive: true });
  for (const path of expand(paths)) {
    const name = basename(path);
    try {
      let snapshot = importFile(
        { name, bytes: new Uint8Array(readFileSync(path)) },
        parseXml,
        land,
      );
      snapshot = withAnswers(snapshot, {
        date: snapshot.date ? undefined : options.date,
        sides: options.sides,
      });
      if (!snapshot.date)
        throw new ImportError(name, 'has no date in a field or its name: pass --date YYYY-MM-DD');
      const unmapped = unmappedLabels(snapshot);
      const out = fileNameOf(snapshot.date, name);
      writeFileSync(join(options.outDir, out), JSON.stringify(snapshot));
      const totals = areasBySide(snapshot);
      const km2 = ASSESSED_SIDES.map(
        (side) =>
          `${side} ${totals[side].kursk.toFixed(1)} km² in Kursk oblast, ${totals[side].sumy.toFixed(1)} km² in Sumy oblast`,
      ).join('; ');
      lines.push(`${name}: ${snapshot.date} → ${out} (${km2})`);
      for (const note of snapshot.notes) lines.push(`  note: ${note}`);
      for (const label of unmapped)
        lines.push(
          `  unrecognised, counted as unknown: "${label}" (--side "${label}=ua|ru|unknown")`,
        );
    } catch (error) {
      ok = false;
      lines.push(error instanceof ImportError ? error.message : `${name}: ${String(error)}`);
    }
  }
  return { lines, ok };
}
