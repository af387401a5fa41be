import { toDayNumber } from './dates';
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

/**
 * A name (native, Latin or variant, ignoring case) shared by two places of one country and raion is
 * one settlement recorded twice, whose claims would then split between a drawn and an undrawn
 * record. A place without a raion is compared with every place of its country; homonyms in
 * different raions (the two Viktorovkas) are separate places. The later one in file order is rejected.
 */
export function duplicatePlaceProblems(places: readonly Kept<'places'>[]): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  // Earlier places by country and lower-cased name, so large files stay linear.
  const byName = new Map<string, RecordOf<'places'>[]>();
  for (const { id, record } of places) {
    const keys = placeNames(record).map((name) => `${record.country}\u0000${name}`);
    const twin = keys
      .flatMap((key) => byName.get(key) ?? [])
      .find(
        (other) =>
          other.raion === undefined || record.raion === undefined || other.raion === record.raion,
      );
    if (twin) {
      problems.set(id, [
        {
          field: 'names',
          message: `shares a name with place "${twin.id}" in the same country and raion: one settlement recorded twice? Merge them (claims and events to one id) or give each its raion`,
        },
      ]);
    }
    for (const key of new Set(keys)) byName.set(key, [...(byName.get(key) ?? []), record]);
  }
  return problems;
}

function placeNames({ names }: RecordOf<'places'>): string[] {
  return [names.native, names.en, ...names.variants].map((name) => name.toLowerCase());
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

/** A claim or event may be dated this many days before its earliest source: reports lag events. */
export const SOURCE_LAG_DAYS = 7;

/**
 * How far an `approximate` date may precede its earliest source. About a quarter: "mid-December"
 * in a January list is fine, an undated "spring 2024" before a 2025 report is not a date at all.
 */
export const APPROXIMATE_SOURCE_LAG_DAYS = 92;

/**
 * A date well before every source that reports it is a typo or a misattributed source: nobody can
 * report a day a week before they publish unless the day itself is uncertain, and even then only
 * within {@link APPROXIMATE_SOURCE_LAG_DAYS}.
 */
export function sourceLagProblems(
  field: string,
  date: string,
  precision: RecordOf<'claims'>['datePrecision'],
  sourceIds: readonly string[],
  sources: ReadonlyMap<string, RecordOf<'sources'>>,
): Problem[] {
  const earliest = sourceIds
    .map((id) => sources.get(id))
    .filter((source) => source !== undefined)
    .reduce<RecordOf<'sources'> | undefined>(
      (first, source) => (first && first.published <= source.published ? first : source),
      undefined,
    );
  if (!earliest) return [];
  const lag = toDayNumber(earliest.published) - toDayNumber(date);
  const allowed = precision === 'approximate' ? APPROXIMATE_SOURCE_LAG_DAYS : SOURCE_LAG_DAYS;
  if (lag <= allowed) return [];
  const rule =
    precision === 'approximate'
      ? `an approximate date may precede it by at most ${APPROXIMATE_SOURCE_LAG_DAYS} days`
      : `more than ${SOURCE_LAG_DAYS} days needs datePrecision "approximate"`;
  return [
    {
      field,
      message: `dated ${date}, ${lag} days before its earliest source "${earliest.id}" (published ${earliest.published}): ${rule}`,
    },
  ];
}

/** A claim's place is drawn, or the reader is told in words why it is not. */
export function unlocatedPlaceProblems(
  claim: RecordOf<'claims'>,
  places: ReadonlyMap<string, RecordOf<'places'>>,
): Problem[] {
  const place = places.get(claim.place);
  if (!place || place.location !== null || place.locationNote !== undefined) return [];
  return [
    {
      field: 'place',
      message: `place "${place.id}" has no location and no locationNote saying why not`,
    },
  ];
}
