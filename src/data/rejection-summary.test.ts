import { describe, expect, it } from 'vitest';
import type { Rejection } from './rejection';
import { groupRejections, tallyRejections } from './rejection-summary';

const duplicate = (index: number): Rejection => ({
  file: 'events.json',
  recordId: 'ev-x',
  field: 'id',
  message: 'duplicate id "ev-x" (first at index 0)',
  index,
});

describe('groupRejections', () => {
  it('says 10,000 events share an id in one line', () => {
    const copies = Array.from({ length: 9_999 }, (_, i) => duplicate(i + 1));
    expect(groupRejections(copies)).toEqual([
      'events.json: 10,000 records share id "ev-x": the first (index 0) is kept, the other 9,999 are skipped',
    ]);
  });

  it('groups one problem across records, naming the first few', () => {
    const lines = groupRejections(
      ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({
        file: 'events.json',
        recordId: id,
        field: 'actor',
        message: 'unknown claimant "x"',
        index,
      })),
    );
    expect(lines).toEqual([
      'events.json: 5 records ("a", "b", "c" and 2 more) field actor: unknown claimant "x"',
    ]);
  });

  it('writes a single problem as the usual one line', () => {
    expect(groupRejections([duplicate(1)])).toEqual([
      'events.json: record "ev-x" field id: duplicate id "ev-x" (first at index 0)',
    ]);
  });
});

describe('tallyRejections', () => {
  it('counts records once, files as unreadable, and dropped links apart', () => {
    const tallies = tallyRejections([
      duplicate(1),
      duplicate(2),
      { ...duplicate(2), field: 'date', message: 'bad' },
      { file: 'claims.json', recordId: 'c', field: 'event', message: 'x', index: 0, kept: true },
      { file: 'places.json', recordId: null, field: null, message: 'file is missing' },
    ]);
    expect(tallies).toEqual([
      { file: 'events.json', unreadable: false, skipped: 2, linksDropped: 0 },
      { file: 'claims.json', unreadable: false, skipped: 0, linksDropped: 1 },
      { file: 'places.json', unreadable: true, skipped: 0, linksDropped: 0 },
    ]);
  });
});
