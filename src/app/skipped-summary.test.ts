import { describe, expect, it } from 'vitest';
import type { Rejection } from '../data/rejection';
import { skippedSummary } from './skipped-summary';

const record: Rejection = { file: 'claims.json', recordId: 'c1', field: 'from', message: 'bad' };
const file: Rejection = { file: 'events.json', recordId: null, field: null, message: 'HTTP 404' };
const zone: Rejection = {
  file: 'zone-cells.json',
  recordId: 'sudzha',
  field: null,
  message: 'x',
};

describe('skippedSummary', () => {
  it('calls a whole unreadable file a file, not a record', () => {
    expect(skippedSummary([file])).toBe('1 file skipped: not shown, because they failed checks');
  });

  it('counts records and zone cells apart and joins the kinds', () => {
    expect(skippedSummary([record, { ...record, recordId: 'c2' }])).toMatch(/^2 records skipped/);
    expect(skippedSummary([file, record, zone, { ...zone, recordId: 'guevo' }])).toMatch(
      /^1 file, 1 record and 2 zone cells skipped/,
    );
  });

  it('counts a record with several problems once', () => {
    expect(skippedSummary([record, { ...record, field: 'place' }])).toMatch(/^1 record skipped/);
  });

  it('counts 10,000 copies of one id as the records they are, not as one', () => {
    const copies = Array.from({ length: 10_000 }, (_, i): Rejection => ({
      ...record,
      field: 'id',
      message: 'duplicate id "c1" (first at index 0)',
      index: i + 1,
    }));
    expect(skippedSummary(copies)).toMatch(/^10,000 records skipped/);
  });

  it('tells records drawn without a broken link from skipped ones', () => {
    expect(skippedSummary([{ ...record, field: 'event', index: 0, kept: true }])).toBe(
      '1 record shown without a broken event link',
    );
  });
});
