import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import type { ControlClaim } from '../data/schema';
import { latestClaimsAsOf } from './claims-as-of';
import { holderTimeline } from './control-timeline';

function claim(placeId: string, holder: ControlClaim['holder'], from: string, by = 'c1') {
  return {
    id: `${by}-${placeId}-${from}-${holder}`,
    claimant: by,
    place: placeId,
    holder,
    from,
    datePrecision: 'day' as const,
    sources: ['s'],
  };
}

const day = toDayNumber;

describe('holderTimeline', () => {
  it('steps only on days the claimant spoke, ignoring other claimants', () => {
    const claims = [
      claim('a', 'ru', '2025-03-14'),
      claim('b', 'ua', '2025-03-01', 'c2'),
      claim('b', 'ru', '2025-03-20'),
    ];
    const timeline = holderTimeline(claims, 'c1');
    expect(timeline.map((step) => step.day)).toEqual([day('2025-03-14'), day('2025-03-20')]);
    expect([...(timeline[0]?.holders ?? [])]).toEqual([['a', 'ru']]);
    expect(timeline[1]?.holders).toEqual(
      new Map([
        ['a', 'ru'],
        ['b', 'ru'],
      ]),
    );
  });

  it('replaces a place’s holder with the claimant’s later claim, contested included', () => {
    const claims = [claim('a', 'ua', '2024-08-15'), claim('a', 'contested', '2025-03-13')];
    const [first, second] = holderTimeline(claims, 'c1');
    expect(first?.holders.get('a')).toBe('ua');
    expect(second?.holders.get('a')).toBe('contested');
  });

  it('agrees with latestClaimsAsOf at every step, equal dates included', () => {
    const claims = [
      claim('a', 'ua', '2024-08-15'),
      claim('b', 'ua', '2024-08-15'),
      claim('a', 'ru', '2025-03-13'),
      claim('b', 'contested', '2025-03-13'),
      claim('b', 'ru', '2025-03-13'),
    ];
    const timeline = holderTimeline(claims, 'c1');
    expect(timeline.map((step) => step.day)).toEqual([day('2024-08-15'), day('2025-03-13')]);
    for (const step of timeline) {
      for (const place of ['a', 'b']) {
        const [latest] = latestClaimsAsOf(claims, place, step.day);
        expect(step.holders.get(place)).toBe(latest?.holder);
      }
    }
    expect(timeline[1]?.holders.get('b')).toBe('ru');
  });
});
