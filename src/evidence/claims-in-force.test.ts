import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { makeFixtureDataset } from '../test/fixtures';
import { claimsCsv, claimsInForce, CLAIMS_CSV_HEADER } from './claims-in-force';

/** A small RFC 4180 reader, written apart from the writer so the two can disagree. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('claimsInForce', () => {
  it("takes every claimant's latest claim per place on the day, or one claimant's in its view", () => {
    const { claims } = makeFixtureDataset();
    const onDay = claimsInForce(claims, toDayNumber('2025-03-13'), 'all');
    expect(onDay.map((c) => c.id)).toEqual([
      'cl-melovoy-ru-2025-03-13',
      'cl-sudzha-ru-2025-03-13',
      'cl-sudzha-ua-2024-08-15',
    ]);
    expect(claimsInForce(claims, toDayNumber('2025-03-12'), 'ru-mod')).toEqual([]);
  });
});

describe('claimsCsv', () => {
  it('writes one row per claim in force, CRLF, with names and source URLs', () => {
    const dataset = makeFixtureDataset();
    const text = claimsCsv(dataset, toDayNumber('2025-03-13'), 'all');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CLAIMS_CSV_HEADER]);
    expect(rows).toHaveLength(1 + 3);
    const sudzha = rows.find((row) => row[0] === 'cl-sudzha-ru-2025-03-13');
    expect(sudzha?.slice(1, 9)).toEqual([
      'sudzha',
      'Sudzha',
      'Суджа',
      'RU',
      'ru-mod',
      'Russian Defence Ministry',
      'ru',
      '2025-03-13',
    ]);
    expect(sudzha?.[13]).toMatch(/^https:\/\//);
  });

  it('quotes commas, quotes and line breaks so a spreadsheet reads them back', () => {
    const dataset = makeFixtureDataset();
    const source = dataset.sources[0]!;
    source.title = 'He said "no", then\nleft';
    const text = claimsCsv(dataset, toDayNumber('2025-03-13'), 'all');
    expect(text).toContain('"topstorygenz.com: He said ""no"", then\nleft"');
    const rows = parseCsv(text);
    expect(rows.every((row) => row.length === CLAIMS_CSV_HEADER.length)).toBe(true);
    expect(rows.some((row) => row[14] === 'topstorygenz.com: He said "no", then\nleft')).toBe(true);
  });
});
