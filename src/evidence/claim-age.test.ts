import { describe, expect, it } from 'vitest';
import { claimAge, STALE_AFTER_DAYS } from './claim-age';

describe('claimAge', () => {
  it('counts the days from the claim to the selected date', () => {
    expect(claimAge(100, 194)).toEqual({ days: 94, stale: true });
  });

  it('is stale only past the threshold', () => {
    expect(claimAge(0, STALE_AFTER_DAYS).stale).toBe(false);
    expect(claimAge(0, STALE_AFTER_DAYS + 1).stale).toBe(true);
  });
});
