import type { Rejection } from './rejection';
import {
  archiveFileProblems,
  contradictionProblems,
  duplicatePlaceProblems,
  sourceLagProblems,
  unlocatedPlaceProblems,
  verbatimProblems,
  type Archive,
} from './consistency-rules';
import { DATA_KINDS, type Kind } from './data-files';
import { jsonErrorMessage } from './json-text';
import { checkRecords, type Kept, type Problem, type RecordOf } from './record-rules';
import { referenceProblems, type IdIndex } from './reference-rules';
import { DATA_FILES, type Dataset } from './schema';

/**
 * A rule over all places that passed every other rule, returning problems by place id. The data
 * check passes the rules that need geometry (scripts/place-rules.ts); the page has none.
 */
export type PlaceRule = (places: readonly Kept<'places'>[]) => Map<string, Problem[]>;

/** Raw text of each data file by file name; undefined when the file could not be read. */
export type DataFileTexts = Readonly<Record<string, string | undefined>>;

/** The valid records, and one rejection per problem with everything that was left out. */
export interface ValidationResult {
  dataset: Dataset;
  rejections: Rejection[];
  /** Files that were missing, not JSON or not an array, so a summary can tell them from empty. */
  unreadable: string[];
}

function readArray(file: string, text: string | undefined): unknown[] | Rejection {
  const fileRejection = (message: string): Rejection => ({
    file,
    recordId: null,
    field: null,
    message,
  });
  if (text === undefined) return fileRejection('file is missing');
  if (text.trim() === '') return fileRejection('file is empty (an empty file is `[]`)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fileRejection(`not valid JSON: ${jsonErrorMessage(error, text)}`);
  }
  if (!Array.isArray(parsed)) return fileRejection('must be a JSON array of records');
  return parsed;
}

function emptySets(): Record<Kind, Set<string>> {
  return Object.fromEntries(DATA_KINDS.map((kind) => [kind, new Set<string>()])) as Record<
    Kind,
    Set<string>
  >;
}

/** Appended to a dropped link's message, so the reader knows the record itself is on the map. */
const KEPT_NOTE = 'the record is kept and drawn without this link';

/** A record without its `event` link, the only link whose loss does not cost the record. */
function withoutEventLink<R>(record: R): R {
  const copy = { ...record } as R & { event?: unknown };
  delete copy.event;
  return copy;
}

/** A rule that reads one record against the records of the kinds before it. */
type RecordRule = (record: never) => Problem[];

/** The per-record cross-kind rules of a kind; verbatim quotes only when there is an archive. */
function recordRules(kind: Kind, dataset: Dataset, archive: Archive | undefined): RecordRule[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  switch (kind) {
    case 'sources':
      return archive ? [(s: RecordOf<'sources'>) => archiveFileProblems(s, archive)] : [];
    case 'events':
      return [
        (e: RecordOf<'events'>) =>
          sourceLagProblems('date', e.date, e.datePrecision, e.citations, sources),
        ...(archive ? [(e: RecordOf<'events'>) => verbatimProblems(e, sources, archive)] : []),
      ];
    case 'claims':
      return [
        (c: RecordOf<'claims'>) =>
          sourceLagProblems('from', c.from, c.datePrecision, c.sources, sources),
        (c: RecordOf<'claims'>) => unlocatedPlaceProblems(c, places),
      ];
    default:
      return [];
  }
}

/** Rules that look across records of one kind or at other kinds, after references resolve. */
function crossRecordProblems(
  kind: Kind,
  kept: readonly Kept<Kind>[],
  dataset: Dataset,
  archive: Archive | undefined,
  placeRule: PlaceRule | undefined,
): Map<string, Problem[]> {
  const problems =
    kind === 'claims'
      ? contradictionProblems(kept as Kept<'claims'>[])
      : kind === 'places'
        ? duplicatePlaceProblems(kept as Kept<'places'>[])
        : new Map<string, Problem[]>();
  if (kind === 'places' && placeRule) {
    for (const [id, found] of placeRule(kept as Kept<'places'>[])) {
      problems.set(id, [...(problems.get(id) ?? []), ...found]);
    }
  }
  const rules = recordRules(kind, dataset, archive);
  for (const { id, record } of kept) {
    const found = rules.flatMap((rule) => rule(record as never));
    if (found.length > 0) problems.set(id, [...(problems.get(id) ?? []), ...found]);
  }
  return problems;
}

/**
 * Partitions the data files into valid records and rejections. Shared by the CLI (with the archive,
 * so quotes are checked, and the geometry place rule) and the browser (without), so both apply the
 * very same rules otherwise and a bad record or file costs only itself, never the whole map.
 */
export function validateDataset(
  files: DataFileTexts,
  archive?: Archive,
  placeRule?: PlaceRule,
): ValidationResult {
  const dataset = Object.fromEntries(DATA_KINDS.map((kind) => [kind, []])) as unknown as Dataset;
  const rejections: Rejection[] = [];
  const ids: IdIndex = { kept: emptySets(), rejected: emptySets(), unreadable: new Map() };

  for (const kind of DATA_KINDS) {
    const { file } = DATA_FILES[kind];
    const items = readArray(file, files[file]);
    if (!Array.isArray(items)) {
      rejections.push(items);
      ids.unreadable.set(kind, file);
      continue;
    }
    const checked = checkRecords(kind, items);
    rejections.push(...checked.rejections);
    for (const r of checked.rejections) if (r.recordId !== null) ids.rejected[kind].add(r.recordId);
    const resolved: Kept<Kind>[] = [];
    const report = ({ id, index }: Kept<Kind>, problems: Problem[], kept?: true) => {
      for (const { field, message } of problems) {
        rejections.push({ file, recordId: id, field, message, index, ...(kept && { kept }) });
      }
    };
    const reject = (entry: Kept<Kind>, problems: Problem[]) => {
      report(entry, problems);
      ids.rejected[kind].add(entry.id);
    };
    for (const entry of checked.kept) {
      const problems = referenceProblems(kind, entry.record, ids);
      const fatal = problems.filter((problem) => !problem.dropsLink);
      if (fatal.length > 0) {
        reject(entry, problems);
      } else if (problems.length > 0) {
        // Only the event link is broken: the record keeps its own sources and is drawn without it.
        const dropped = problems.map((p) => ({ ...p, message: `${p.message}; ${KEPT_NOTE}` }));
        report(entry, dropped, true);
        resolved.push({ ...entry, record: withoutEventLink(entry.record) });
      } else {
        resolved.push(entry);
      }
    }
    const cross = crossRecordProblems(kind, resolved, dataset, archive, placeRule);
    const records: unknown[] = [];
    for (const entry of resolved) {
      const problems = cross.get(entry.id);
      if (problems) {
        reject(entry, problems);
      } else {
        records.push(entry.record);
        ids.kept[kind].add(entry.id);
      }
    }
    (dataset as unknown as Record<Kind, unknown[]>)[kind] = records;
  }
  return { dataset, rejections, unreadable: [...ids.unreadable.values()] };
}
