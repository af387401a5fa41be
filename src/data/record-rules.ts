import type { z } from 'zod';
import type { Rejection } from './rejection';
import { parseIsoDay } from './dates';
import type { Kind } from './data-files';
import { DATA_FILES, REGION_BBOX, type Dataset } from './schema';

/** One record of a kind, as the schema outputs it. */
export type RecordOf<K extends Kind> = Dataset[K][number];

/** What is wrong with a record, before the file and id are attached. */
export interface Problem {
  field: string | null;
  message: string;
  /** Only the link in `field` is broken: the record is kept without it (see reference-rules.ts). */
  dropsLink?: true;
}

/**
 * Dates outside this range are typos (2205 for 2025) rather than history: the front map covers the
 * full-scale war years only, so anything earlier or later is rejected rather than drawn off-axis.
 */
export const DATE_RANGE = { min: '2022-01-01', max: '2026-12-31' } as const;

/** A record that passed every rule so far, with its position in the file for messages. */
export interface Kept<K extends Kind> {
  index: number;
  id: string;
  record: RecordOf<K>;
}

/** Dotted field path as contributors see it in their JSON, e.g. `excerpts.0.quote`. */
function dottedPath(path: readonly PropertyKey[]): string | null {
  return path.length === 0 ? null : path.map(String).join('.');
}

function rawId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
}

function isMissing(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * zod's generic "expected string, received undefined" does not tell a contributor that an unsourced
 * or unattributed claim is the whole point of the rule, so claims get an explicit message.
 */
function claimPrerequisites(raw: unknown): Problem[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const record = raw as Record<string, unknown>;
  const problems: Problem[] = [];
  if (isMissing(record.claimant)) {
    problems.push({ field: 'claimant', message: 'a claim needs a claimant: who made it' });
  }
  if (isMissing(record.sources)) {
    problems.push({ field: 'sources', message: 'a claim needs at least one source' });
  }
  return problems;
}

function schemaProblems(kind: Kind, raw: unknown): { problems: Problem[]; value?: unknown } {
  const explicit = kind === 'claims' ? claimPrerequisites(raw) : [];
  const covered = new Set(explicit.map((p) => p.field));
  const result = (DATA_FILES[kind].schema as z.ZodType).safeParse(raw);
  if (result.success && explicit.length === 0) return { problems: [], value: result.data };
  const issues = result.success ? [] : result.error.issues;
  const fromSchema = issues
    .flatMap((issue) =>
      // A misspelt field is named by itself, so the editor can see which key to fix.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: dottedPath([...issue.path, key]),
            message: `unknown field "${key}" (misspelt?)`,
          }))
        : [{ field: dottedPath(issue.path), message: issue.message }],
    )
    .filter((problem) => !covered.has(problem.field));
  return { problems: [...explicit, ...fromSchema] };
}

function dateFields(kind: Kind, record: unknown): Array<[string, string]> {
  switch (kind) {
    case 'sources':
      return [['published', (record as RecordOf<'sources'>).published]];
    case 'claims':
      return [['from', (record as RecordOf<'claims'>).from]];
    case 'events':
    case 'evacuations':
    case 'areaFigures':
      return [['date', (record as { date: string }).date]];
    default:
      return [];
  }
}

const MIN_DAY = parseIsoDay(DATE_RANGE.min) ?? 0;
const MAX_DAY = parseIsoDay(DATE_RANGE.max) ?? 0;

function rangeProblems(kind: Kind, record: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const [field, value] of dateFields(kind, record)) {
    const day = parseIsoDay(value);
    if (day !== null && (day < MIN_DAY || day > MAX_DAY)) {
      problems.push({
        field,
        message: `date ${value} is outside ${DATE_RANGE.min} .. ${DATE_RANGE.max}`,
      });
    }
  }
  return problems;
}

function regionProblems(kind: Kind, record: unknown): Problem[] {
  if (kind !== 'places') return [];
  const { location } = record as RecordOf<'places'>;
  if (!location) return [];
  const [west, south, east, north] = REGION_BBOX;
  const problems: Problem[] = [];
  if (location.lon < west || location.lon > east) {
    problems.push({
      field: 'location.lon',
      message: `longitude ${location.lon} is outside the operation area (${west} .. ${east})`,
    });
  }
  if (location.lat < south || location.lat > north) {
    problems.push({
      field: 'location.lat',
      message: `latitude ${location.lat} is outside the operation area (${south} .. ${north})`,
    });
  }
  return problems;
}

/**
 * Rules that need only the record itself and its file: schema, duplicate ids, date range, region.
 * Duplicates are judged on the raw id so the second copy is rejected even if the first is invalid:
 * otherwise fixing the first would silently change which record wins.
 */
export function checkRecords<K extends Kind>(
  kind: K,
  items: readonly unknown[],
): { kept: Kept<K>[]; rejections: Rejection[] } {
  const file = DATA_FILES[kind].file;
  const firstIndex = new Map<string, number>();
  const kept: Kept<K>[] = [];
  const rejections: Rejection[] = [];
  items.forEach((raw, index) => {
    const id = rawId(raw);
    const reject = (problems: Problem[]) => {
      for (const { field, message } of problems) {
        rejections.push({
          file,
          recordId: id,
          field,
          message: id === null ? `record at index ${index}: ${message}` : message,
          index,
        });
      }
    };
    if (id !== null) {
      const first = firstIndex.get(id);
      if (first !== undefined) {
        reject([{ field: 'id', message: `duplicate id "${id}" (first at index ${first})` }]);
        return;
      }
      firstIndex.set(id, index);
    }
    const { problems, value } = schemaProblems(kind, raw);
    const later =
      value === undefined ? [] : [...rangeProblems(kind, value), ...regionProblems(kind, value)];
    if (problems.length > 0 || later.length > 0 || id === null) {
      reject([...problems, ...later]);
      return;
    }
    kept.push({ index, id, record: value as RecordOf<K> });
  });
  return { kept, rejections };
}
