import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rejection } from './rejection';
import { DATA_FILES, type Dataset } from './schema';
import { DATE_RANGE } from './record-rules';
import { formatRejection } from './rejection';
import { validateDataset } from './validate-dataset';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'data');

function readFixture(name: string) {
  const dir = join(FIXTURES, name);
  const files = Object.fromEntries(
    Object.values(DATA_FILES).map(({ file }) => {
      const path = join(dir, file);
      return [file, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
    }),
  );
  const archiveDir = join(dir, 'archive');
  const archive = existsSync(archiveDir)
    ? Object.fromEntries(
        readdirSync(archiveDir).map((name) => [name, readFileSync(join(archiveDir, name), 'utf8')]),
      )
    : undefined;
  return validateDataset(files, archive);
}

function keptIds(dataset: Dataset): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(dataset).map(([kind, records]) => [
      kind,
      (records as Array<{ id: string }>).map((r) => r.id),
    ]),
  );
}

/** A rejection without its record's position, which the cases do not list. */
function omitIndex(rejection: Rejection): Rejection {
  const copy = { ...rejection };
  delete copy.index;
  return copy;
}

const BASE = keptIds(readFixture('valid').dataset);

/** A rejection expected of a fixture; `kept` when only a link is dropped and the record stays. */
type Expected = [
  file: string,
  recordId: string | null,
  field: string | null,
  message: string,
  kept?: 'kept',
];

/** Each fixture is the valid base plus one defect: what must be rejected, and what must go missing. */
const CASES: Array<{
  name: string;
  rejected: Expected[];
  lost: Partial<Record<keyof Dataset, string[]>>;
}> = [
  {
    name: 'bad-json',
    rejected: [['area-figures.json', null, null, 'not valid JSON']],
    lost: { areaFigures: ['af-1'] },
  },
  {
    name: 'not-an-array',
    rejected: [['evacuations.json', null, null, 'must be a JSON array of records']],
    lost: { evacuations: ['evac-1'] },
  },
  {
    name: 'missing-file',
    rejected: [
      ['events.json', null, null, 'file is missing'],
      [
        'claims.json',
        'cl-1',
        'event',
        'unknown event "ev-1" (events.json could not be read); the record is kept and drawn',
        'kept',
      ],
    ],
    lost: { events: ['ev-1'] },
  },
  {
    name: 'schema-error',
    rejected: [['evacuations.json', 'evac-1', 'settlements.count', 'Too small']],
    lost: { evacuations: ['evac-1'] },
  },
  {
    name: 'misspelt-field',
    rejected: [
      ['places.json', 'sudzha', 'locaton_note', 'unknown field "locaton_note" (misspelt?)'],
      ['events.json', 'ev-1', 'places.0', 'references rejected place "sudzha"'],
      ['claims.json', 'cl-1', 'place', 'references rejected place "sudzha"'],
      ['claims.json', 'cl-1', 'event', 'references rejected event "ev-1"'],
      ['claims.json', 'cl-2', 'place', 'references rejected place "sudzha"'],
    ],
    lost: { places: ['sudzha'], events: ['ev-1'], claims: ['cl-1', 'cl-2'] },
  },
  {
    name: 'bad-geometry',
    rejected: [
      ['places.json', 'far-north', 'location.lat', 'Too big'],
      [
        'places.json',
        'west-of-map',
        'location.lon',
        'longitude 30.52 is outside the operation area',
      ],
    ],
    lost: {},
  },
  {
    name: 'blank-text',
    rejected: [
      ['area-figures.json', 'af-1', 'note', 'must not be blank (empty or only whitespace)'],
    ],
    lost: { areaFigures: ['af-1'] },
  },
  {
    name: 'text-too-long',
    rejected: [
      ['events.json', 'ev-1', 'summary', 'too long for a summary, note or quote'],
      ['claims.json', 'cl-1', 'event', 'references rejected event "ev-1"', 'kept'],
    ],
    lost: { events: ['ev-1'] },
  },
  {
    name: 'outside-operation-area',
    rejected: [
      ['places.json', 'romny', 'location.lon', 'longitude 33.49 is outside the operation area'],
    ],
    lost: {},
  },
  {
    name: 'duplicate-id',
    rejected: [['sources.json', 'src-b', 'id', 'duplicate id "src-b" (first at index 1)']],
    lost: {},
  },
  {
    name: 'unknown-reference',
    rejected: [['area-figures.json', 'af-1', 'claimant', 'unknown claimant "ua-mod"']],
    lost: { areaFigures: ['af-1'] },
  },
  {
    name: 'cascade',
    rejected: [
      ['sources.json', 'src-a', 'url', 'must be an http(s) URL'],
      ['events.json', 'ev-1', 'citations.0', 'references rejected source "src-a"'],
      ['events.json', 'ev-1', 'excerpts.0.sourceId', 'references rejected source "src-a"'],
      ['claims.json', 'cl-1', 'sources.0', 'references rejected source "src-a"'],
      ['claims.json', 'cl-1', 'event', 'references rejected event "ev-1"'],
    ],
    lost: { sources: ['src-a'], events: ['ev-1'], claims: ['cl-1'] },
  },
  {
    name: 'impossible-date',
    rejected: [['claims.json', 'cl-2', 'from', 'must be a real date']],
    lost: { claims: ['cl-2'] },
  },
  {
    name: 'out-of-range-date',
    rejected: [
      [
        'area-figures.json',
        'af-1',
        'date',
        `date 2205-08-20 is outside ${DATE_RANGE.min} .. ${DATE_RANGE.max}`,
      ],
    ],
    lost: { areaFigures: ['af-1'] },
  },
  {
    name: 'claim-without-source',
    rejected: [
      ['claims.json', 'cl-2', 'sources', 'a claim needs at least one source'],
      ['claims.json', 'cl-3', 'claimant', 'a claim needs a claimant'],
    ],
    lost: { claims: ['cl-2'] },
  },
  {
    name: 'contradictory-claims',
    rejected: [['claims.json', 'cl-3', 'holder', 'contradicts claim "cl-1"']],
    lost: {},
  },
  {
    name: 'dated-before-source',
    rejected: [
      [
        'events.json',
        'ev-2',
        'date',
        'dated 2024-08-10, 10 days before its earliest source "src-b" (published 2024-08-20): more than 7 days needs datePrecision "approximate"',
      ],
      ['claims.json', 'cl-3', 'from', 'dated 2024-08-01, 19 days before its earliest source'],
      [
        'claims.json',
        'cl-4',
        'from',
        'dated 2024-05-01, 111 days before its earliest source "src-b" (published 2024-08-20): an approximate date may precede it by at most 92 days',
      ],
    ],
    lost: {},
  },
  {
    name: 'claim-place-unlocated',
    rejected: [
      [
        'claims.json',
        'cl-3',
        'place',
        'place "yunakivka" has no location and no locationNote saying why not',
      ],
    ],
    lost: {},
  },
  {
    name: 'excerpt-not-verbatim',
    rejected: [['events.json', 'ev-2', 'excerpts.0.quote', 'not an exact substring of a.txt']],
    lost: {},
  },
  {
    name: 'archive-file-missing',
    rejected: [
      ['sources.json', 'src-c', 'archiveFile', 'archive file c.txt is not in the archive'],
    ],
    lost: {},
  },
  {
    name: 'quoted-source-without-archive-file',
    rejected: [['events.json', 'ev-2', 'excerpts.0.sourceId', 'source "src-b" has no archiveFile']],
    lost: {},
  },
];

describe('validateDataset', () => {
  it('keeps every record of the valid base fixture and rejects nothing', () => {
    const { rejections, unreadable } = readFixture('valid');
    expect(rejections).toEqual([]);
    expect(unreadable).toEqual([]);
    expect(Object.values(BASE).flat()).toHaveLength(11);
  });

  it.each(CASES)(
    '$name: rejects exactly the defect and keeps the valid rest',
    ({ name, rejected, lost }) => {
      const { dataset, rejections } = readFixture(name);
      expect(rejections.map((rejection) => omitIndex(rejection))).toEqual(
        rejected.map(([file, recordId, field, message, kept]): Rejection => ({
          file,
          recordId,
          field,
          message: expect.stringContaining(message) as unknown as string,
          ...(kept && { kept: true }),
        })),
      );
      const expected = Object.fromEntries(
        Object.entries(BASE).map(([kind, ids]) => [
          kind,
          ids.filter((id) => !(lost[kind as keyof Dataset] ?? []).includes(id)),
        ]),
      );
      expect(keptIds(dataset)).toEqual(expected);
    },
  );

  it('skips the verbatim rules when no archive is given, as in the browser', () => {
    const dir = join(FIXTURES, 'excerpt-not-verbatim');
    const files = Object.fromEntries(
      Object.values(DATA_FILES).map(({ file }) => [file, readFileSync(join(dir, file), 'utf8')]),
    );
    const { rejections, dataset } = validateDataset(files);
    expect(rejections).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(['ev-1', 'ev-2']);
  });

  it('names a record without an id by its index', () => {
    const { rejections } = validateDataset({ 'claimants.json': '[{"name": "No id"}]' });
    expect(rejections).toContainEqual({
      file: 'claimants.json',
      recordId: null,
      field: 'id',
      message: expect.stringMatching(/^record at index 0: /) as unknown as string,
      index: 0,
    });
  });

  it('names line and column of invalid JSON, whatever the engine says', () => {
    const { rejections } = validateDataset({ 'claimants.json': '[\n  {"id": "a",}\n]' });
    expect(rejections[0]?.message).toMatch(/^not valid JSON: .*line 2 column 14/);
  });

  it('names the end of a truncated file by line and column', () => {
    const { rejections } = validateDataset({ 'claimants.json': '[\n  {' });
    expect(rejections[0]?.message).toMatch(/^not valid JSON: .*line 2 column 4/);
  });

  it('reports an empty or blank file as empty, not as invalid JSON', () => {
    const { rejections } = validateDataset({ 'claimants.json': ' \n' });
    expect(rejections[0]?.message).toMatch(/^file is empty/);
  });

  it('keeps an evacuation order whose event was rejected, without the link', () => {
    const dir = join(FIXTURES, 'valid');
    const files = Object.fromEntries(
      Object.values(DATA_FILES).map(({ file }) => [file, readFileSync(join(dir, file), 'utf8')]),
    );
    const orders = JSON.parse(files['evacuations.json'] ?? '[]') as Array<Record<string, unknown>>;
    files['evacuations.json'] = JSON.stringify(orders.map((o) => ({ ...o, event: 'no-such' })));
    const { dataset, rejections } = validateDataset(files);
    expect(dataset.evacuations.map((o) => o.id)).toEqual(['evac-1']);
    expect(dataset.evacuations[0]).not.toHaveProperty('event');
    expect(rejections).toEqual([
      expect.objectContaining({ recordId: 'evac-1', field: 'event', kept: true }),
    ]);
  });
});

describe('formatRejection', () => {
  it('names file, record and field', () => {
    const line = formatRejection({
      file: 'events.json',
      recordId: 'ev-2025-03-13-sudzha',
      field: 'excerpts.0.quote',
      message: 'not an exact substring of 000_f9e88a5db594bd6d.txt',
    });
    expect(line).toBe(
      'events.json: record "ev-2025-03-13-sudzha" field excerpts.0.quote: not an exact substring of 000_f9e88a5db594bd6d.txt',
    );
  });

  it('names only the file for a file-level rejection', () => {
    expect(
      formatRejection({
        file: 'places.json',
        recordId: null,
        field: null,
        message: 'file is missing',
      }),
    ).toBe('places.json: file is missing');
  });
});
