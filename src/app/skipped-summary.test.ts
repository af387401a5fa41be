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
    expect(skippedSummary([record, record])).toMatch(/^2 records skipped/);
    expect(skippedSummary([file, record, zone, zone])).toMatch(
      /^1 file, 1 record and 2 zone cells skipped/,
    );
  });
});
