import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Rejection } from '../src/data/data-slice';
import { DATA_FILES, type Dataset } from '../src/data/schema';
import {
  formatRejection,
  validateDataset,
  type Archive,
  type DataFileTexts,
} from '../src/data/validate-dataset';

const USAGE = 'usage: tsx scripts/check-data.ts [--data <dir>] [--archive <dir>]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function readOptions(): { data: string; archive: string | undefined } {
  let values: { data?: string; archive?: string };
  try {
    ({ values } = parseArgs({
      options: { data: { type: 'string' }, archive: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const data = values.data ?? 'data';
  for (const dir of [data, values.archive]) {
    if (dir !== undefined && !(existsSync(dir) && statSync(dir).isDirectory())) {
      fail(`not a folder: ${dir}`);
    }
  }
  return { data, archive: values.archive };
}

/** A missing file is left undefined so the validator reports it like any other bad file. */
function readDataFiles(dir: string): DataFileTexts {
  const texts: Record<string, string | undefined> = {};
  for (const { file } of Object.values(DATA_FILES)) {
    const path = join(dir, file);
    texts[file] = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
  return texts;
}

function readArchive(dir: string): Archive {
  const archive: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) archive[name] = readFileSync(path, 'utf8');
  }
  return archive;
}

function summary(
  dataset: Dataset,
  rejections: readonly Rejection[],
  unreadable: readonly string[],
): string {
  return Object.entries(DATA_FILES)
    .map(([kind, { file }]) => {
      const kept = dataset[kind as keyof Dataset].length;
      const mine = rejections.filter((r) => r.file === file);
      if (unreadable.includes(file)) return `${file} unreadable`;
      const rejected = new Set(mine.map((r) => r.recordId)).size;
      return rejected > 0 ? `${file} ${kept} ok, ${rejected} rejected` : `${file} ${kept} ok`;
    })
    .join('; ');
}

const started = performance.now();
const options = readOptions();
const archive = options.archive === undefined ? undefined : readArchive(options.archive);
const { dataset, rejections, unreadable } = validateDataset(readDataFiles(options.data), archive);
for (const rejection of rejections) console.log(formatRejection(rejection));
const elapsed = Math.round(performance.now() - started);
const verbatim = archive
  ? 'quotes checked against the archive'
  : 'quotes NOT checked (no --archive)';
console.log(
  `${rejections.length} problem(s). ${summary(dataset, rejections, unreadable)}. ${verbatim}. ${elapsed} ms`,
);
process.exitCode = rejections.length > 0 ? 1 : 0;
