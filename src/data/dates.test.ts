import { describe, expect, it } from 'vitest';
import { parseIsoDay, toDayNumber, toIsoDay } from './dates';

describe('day numbers', () => {
  it('counts UTC days since the epoch', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('2025-03-13')).toBe(20160);
  });

  it('round-trips through ISO strings', () => {
    expect(toIsoDay(toDayNumber('2024-08-06'))).toBe('2024-08-06');
    expect(toIsoDay(toDayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('rejects impossible or malformed dates', () => {
    expect(parseIsoDay('2025-02-30')).toBeNull();
    expect(parseIsoDay('2025-13-01')).toBeNull();
    expect(parseIsoDay('13/03/2025')).toBeNull();
    expect(parseIsoDay('2025-3-13')).toBeNull();
    expect(() => toDayNumber('nope')).toThrow('not a calendar date: nope');
  });
});
