import { describe, expect, it } from 'vitest';
import { claimAge, claimAgeText, STALE_AFTER_DAYS } from './claim-age';

describe('claimAge', () => {
  it('counts the days from the claim to the selected date', () => {
    expect(claimAge(100, 194)).toEqual({ days: 94, stale: true });
    expect(claimAgeText(claimAge(100, 194))).toBe('said 94 days before this date');
  });

  it('is stale only past the threshold', () => {
    expect(claimAge(0, STALE_AFTER_DAYS).stale).toBe(false);
    expect(claimAge(0, STALE_AFTER_DAYS + 1).stale).toBe(true);
  });

  it('words the same day and a single day', () => {
    expect(claimAgeText(claimAge(5, 5))).toBe('said on this date');
    expect(claimAgeText(claimAge(5, 6))).toBe('said 1 day before this date');
  });
});
