import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_SOURCE_LAG_DAYS,
  duplicatePlaceProblems,
  SOURCE_LAG_DAYS,
  sourceLagProblems,
  unlocatedPlaceProblems,
} from './consistency-rules';
import type { RecordOf } from './record-rules';

function source(id: string, published: string): RecordOf<'sources'> {
  return {
    id,
    outlet: 'Example Wire',
    title: 'A report',
    url: `https://example.org/${id}`,
    published,
    publishedPrecision: 'day',
    language: 'en',
    kind: 'news-report',
  };
}

const SOURCES = new Map([
  ['early', source('early', '2025-03-20')],
  ['late', source('late', '2025-06-01')],
]);

describe('sourceLagProblems', () => {
  it(`allows a day-precise date up to ${SOURCE_LAG_DAYS} days before the earliest source`, () => {
    expect(sourceLagProblems('date', '2025-03-13', 'day', ['late', 'early'], SOURCES)).toEqual([]);
  });

  it('rejects a day-precise date one day more before it, naming the source and the gap', () => {
    expect(sourceLagProblems('from', '2025-03-12', 'day', ['late', 'early'], SOURCES)).toEqual([
      {
        field: 'from',
        message:
          'dated 2025-03-12, 8 days before its earliest source "early" (published 2025-03-20): more than 7 days needs datePrecision "approximate"',
      },
    ]);
  });

  it(`allows an approximate date up to ${APPROXIMATE_SOURCE_LAG_DAYS} days before it`, () => {
    expect(sourceLagProblems('date', '2024-12-18', 'approximate', ['early'], SOURCES)).toEqual([]);
  });

  it('rejects an approximate date one day more before it', () => {
    expect(sourceLagProblems('date', '2024-12-17', 'approximate', ['early'], SOURCES)).toEqual([
      {
        field: 'date',
        message:
          'dated 2024-12-17, 93 days before its earliest source "early" (published 2025-03-20): an approximate date may precede it by at most 92 days',
      },
    ]);
  });

  it('allows a date after its sources (a report announcing what comes later)', () => {
    expect(sourceLagProblems('date', '2025-07-01', 'day', ['early'], SOURCES)).toEqual([]);
  });
});

describe('unlocatedPlaceProblems', () => {
  const place = (location: RecordOf<'places'>['location'], locationNote?: string) =>
    new Map([
      [
        'melovoy',
        {
          id: 'melovoy',
          names: { en: 'Melovoy', native: 'Меловой', variants: [] },
          country: 'RU' as const,
          oblast: 'Kursk',
          kind: 'village' as const,
          location,
          ...(locationNote === undefined ? {} : { locationNote }),
          citations: [],
        },
      ],
    ]);
  const claim: RecordOf<'claims'> = {
    id: 'cl-1',
    claimant: 'ru-mod',
    place: 'melovoy',
    holder: 'ru',
    from: '2025-03-13',
    datePrecision: 'day',
    sources: ['early'],
  };

  it('accepts a claim on a located place', () => {
    const location = {
      lon: 35.2,
      lat: 51.2,
      precision: 'second' as const,
      citation: { text: 'A gazetteer' },
    };
    expect(unlocatedPlaceProblems(claim, place(location))).toEqual([]);
  });

  it('accepts a claim on an unlocated place that says why', () => {
    expect(unlocatedPlaceProblems(claim, place(null, 'near the border'))).toEqual([]);
  });

  it('rejects a claim on an unlocated place that does not say why', () => {
    expect(unlocatedPlaceProblems(claim, place(null))).toEqual([
      {
        field: 'place',
        message: 'place "melovoy" has no location and no locationNote saying why not',
      },
    ]);
  });
});

describe('duplicatePlaceProblems', () => {
  const place = (
    id: string,
    native: string,
    raion?: string,
    variants: string[] = [],
  ): { index: number; id: string; record: RecordOf<'places'> } => ({
    index: 0,
    id,
    record: {
      id,
      names: { en: id, native, variants },
      country: 'RU',
      oblast: 'Kursk',
      ...(raion === undefined ? {} : { raion }),
      kind: 'village',
      location: null,
      locationNote: 'not found',
      citations: [],
    },
  });

  it('rejects the later of two records sharing a name in one raion, naming the earlier', () => {
    const problems = duplicatePlaceProblems([
      place('knyazhy_1', '1-й Княжий', 'Sudzhansky', ['Первый Княжий']),
      place('pervy_knyazhy', 'первый княжий', 'Sudzhansky'),
    ]);
    expect([...problems.keys()]).toEqual(['pervy_knyazhy']);
    expect(problems.get('pervy_knyazhy')?.[0]?.message).toContain('"knyazhy_1"');
  });

  it('compares a place without a raion with every place of its country', () => {
    const problems = duplicatePlaceProblems([
      place('a', 'Княжий', 'Sudzhansky'),
      place('b', 'Княжий'),
    ]);
    expect(problems.has('b')).toBe(true);
  });

  it('keeps homonyms in different raions apart', () => {
    const problems = duplicatePlaceProblems([
      place('viktorovka', 'Викторовка', 'Korenevsky'),
      place('viktorovka_sudzhansky', 'Викторовка', 'Sudzhansky'),
    ]);
    expect(problems.size).toBe(0);
  });
});
