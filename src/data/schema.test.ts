import { describe, expect, it } from 'vitest';
import { DATA_FILES, TEXT_LIMITS } from './schema';

/** One record per kind with every optional field present, so every text field is exercised. */
const FULL_RECORDS: { [K in keyof typeof DATA_FILES]: unknown } = {
  claimants: {
    id: 'ru-mod',
    name: 'Ministry of Defence',
    affiliation: 'ru',
    kind: 'military',
    note: 'A note.',
  },
  sources: {
    id: 'src-a',
    outlet: 'Example Wire',
    title: 'A report',
    url: 'https://example.org/a',
    published: '2025-03-13',
    publishedPrecision: 'day',
    language: 'en',
    kind: 'news-report',
    archivedUrl: 'https://archive.example.org/a',
    archiveFile: 'a.txt',
    via: 'a mirror',
  },
  places: {
    id: 'sudzha',
    names: { en: 'Sudzha', native: 'Суджа', variants: ['Sudja'] },
    country: 'RU',
    oblast: 'Kursk',
    raion: 'Sudzhansky',
    hromada: 'Sudzha',
    kind: 'town',
    location: {
      lon: 35.27,
      lat: 51.19,
      precision: 'geonames',
      citation: { text: 'A gazetteer', url: 'https://example.org/g', via: 'a mirror' },
      geonameid: 486816,
    },
    locationNote: 'A note.',
    citations: ['https://example.org/c'],
  },
  events: {
    id: 'ev-1',
    date: '2025-03-13',
    datePrecision: 'day',
    kind: 'control-claim',
    actor: 'ru-mod',
    places: ['sudzha'],
    summary: 'A summary.',
    excerpts: [{ sourceId: 'src-a', quote: 'A quote' }],
    citations: ['src-a'],
  },
  claims: {
    id: 'cl-1',
    claimant: 'ru-mod',
    place: 'sudzha',
    holder: 'ru',
    from: '2025-03-13',
    datePrecision: 'day',
    sources: ['src-a'],
    event: 'ev-1',
    liberated: true,
  },
  evacuations: {
    id: 'evac-1',
    date: '2025-03-13',
    datePrecision: 'day',
    authority: 'ru-mod',
    area: { oblast: 'Sumy', raion: 'Sumy', hromadas: ['sudzha'] },
    settlements: { named: ['sudzha'], count: 8 },
    people: 543,
    summary: 'A summary.',
    sources: ['src-a'],
    event: 'ev-1',
  },
  areaFigures: {
    id: 'af-1',
    date: '2024-08-20',
    datePrecision: 'day',
    claimant: 'ru-mod',
    km2: 1250,
    qualifier: 'about',
    settlements: 100,
    note: 'A note.',
    sources: ['src-a'],
  },
};

/** Dotted paths of every string in a JSON value, e.g. `names.variants.0`. */
function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => stringPaths(child, [...path, key]));
}

function withValue(record: unknown, path: readonly string[], value: string): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node = copy;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string, unknown>;
  });
  node[path.at(-1) ?? ''] = value;
  return copy;
}

const CASES = Object.entries(FULL_RECORDS).flatMap(([kind, record]) =>
  stringPaths(record).map((path) => ({
    kind: kind as keyof typeof DATA_FILES,
    record,
    path,
    field: path.join('.'),
  })),
);

describe('schema text fields', () => {
  it.each(Object.entries(FULL_RECORDS))('accept the full %s record', (kind, record) => {
    expect(DATA_FILES[kind as keyof typeof DATA_FILES].schema.safeParse(record).success).toBe(true);
  });

  it.each(CASES)('$kind refuses whitespace-only $field', ({ kind, record, path, field }) => {
    const result = DATA_FILES[kind].schema.safeParse(withValue(record, path, ' \t\n '));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('names blank text as blank, not by a length', () => {
    const result = DATA_FILES.claimants.schema.safeParse(
      withValue(FULL_RECORDS.claimants, ['name'], '   '),
    );
    expect(result.error?.issues[0]?.message).toBe('must not be blank (empty or only whitespace)');
  });

  it.each(CASES)('$kind refuses a 1 MB $field', ({ kind, record, path, field }) => {
    const result = DATA_FILES[kind].schema.safeParse(withValue(record, path, 'a'.repeat(2 ** 20)));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('says how long a text may be and how long it is', () => {
    const summary = 'a'.repeat(TEXT_LIMITS.prose + 1);
    const result = DATA_FILES.events.schema.safeParse(
      withValue(FULL_RECORDS.events, ['summary'], summary),
    );
    expect(result.error?.issues[0]?.message).toBe(
      `too long for a summary, note or quote: at most ${TEXT_LIMITS.prose} characters, this one has ${TEXT_LIMITS.prose + 1}`,
    );
  });

  it('accepts a text at its limit', () => {
    const note = 'a'.repeat(TEXT_LIMITS.prose);
    const result = DATA_FILES.events.schema.safeParse(
      withValue(FULL_RECORDS.events, ['summary'], note),
    );
    expect(result.success).toBe(true);
  });
});
