import type { Kept, Problem, RecordOf } from './record-rules';

/**
 * Same claimant, place and start date but a different holder cannot both be drawn; the later one
 * in file order is rejected so the result does not depend on anything but the file itself.
 */
export function contradictionProblems(claims: readonly Kept<'claims'>[]): Map<string, Problem[]> {
  const seen = new Map<string, RecordOf<'claims'>>();
  const problems = new Map<string, Problem[]>();
  for (const { id, record } of claims) {
    const key = `${record.claimant}\u0000${record.place}\u0000${record.from}`;
    const other = seen.get(key);
    if (!other) {
      seen.set(key, record);
    } else if (other.holder !== record.holder) {
      problems.set(id, [
        {
          field: 'holder',
          message: `contradicts claim "${other.id}": same claimant, place and date but holder ${record.holder} vs ${other.holder}`,
        },
      ]);
    }
  }
  return problems;
}

/** Archived source texts by file name, as read from the archive folder. */
export type Archive = Readonly<Record<string, string>>;

/** A source's archiveFile must exist, or nothing quoted from it can be checked. */
export function archiveFileProblems(source: RecordOf<'sources'>, archive: Archive): Problem[] {
  if (source.archiveFile === undefined || Object.hasOwn(archive, source.archiveFile)) return [];
  return [
    { field: 'archiveFile', message: `archive file ${source.archiveFile} is not in the archive` },
  ];
}

/**
 * Excerpts are the evidence the map shows, so each must be an exact substring of the archived text:
 * a paraphrase presented in quotation marks is the failure this project exists to avoid.
 */
export function verbatimProblems(
  event: RecordOf<'events'>,
  sources: ReadonlyMap<string, RecordOf<'sources'>>,
  archive: Archive,
): Problem[] {
  const problems: Problem[] = [];
  event.excerpts.forEach((excerpt, i) => {
    const source = sources.get(excerpt.sourceId);
    if (!source) return;
    if (source.archiveFile === undefined) {
      problems.push({
        field: `excerpts.${i}.sourceId`,
        message: `source "${source.id}" has no archiveFile to check the quote against`,
      });
      return;
    }
    const text = Object.hasOwn(archive, source.archiveFile)
      ? archive[source.archiveFile]
      : undefined;
    if (text !== undefined && !text.includes(excerpt.quote)) {
      problems.push({
        field: `excerpts.${i}.quote`,
        message: `not an exact substring of ${source.archiveFile}`,
      });
    }
  });
  return problems;
}
