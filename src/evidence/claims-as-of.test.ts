import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { makeFixtureDataset } from '../test/fixtures';
import { claimsDisagree, latestClaimsAsOf } from './claims-as-of';

describe('latestClaimsAsOf', () => {
  const { claims } = makeFixtureDataset();

  it('shows only claims already made on the day', () => {
    const before = latestClaimsAsOf(claims, 'sudzha', toDayNumber('2024-08-14'));
    expect(before).toEqual([]);
    const onDay = latestClaimsAsOf(claims, 'sudzha', toDayNumber('2024-08-15'));
    expect(onDay.map((c) => c.id)).toEqual(['cl-sudzha-ua-2024-08-15']);
  });

  it('puts each claimant’s latest claim side by side', () => {
    const both = latestClaimsAsOf(claims, 'sudzha', toDayNumber('2025-03-13'));
    expect(both.map((c) => [c.claimant, c.holder])).toEqual([
      ['ru-mod', 'ru'],
      ['ua-commander-in-chief', 'ua'],
    ]);
    expect(claimsDisagree(both)).toBe(true);
  });

  it('lets a later claim by the same claimant replace an earlier one', () => {
    const extra = [
      ...claims,
      { ...claims[0]!, id: 'later', holder: 'contested' as const, from: '2025-01-01' },
    ];
    const result = latestClaimsAsOf(extra, 'sudzha', toDayNumber('2025-02-01'));
    expect(result.map((c) => c.id)).toEqual(['later']);
    expect(claimsDisagree(result)).toBe(false);
  });
});
