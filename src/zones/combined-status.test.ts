import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDay } from '../data/dates';
import type { ControlClaim } from '../data/schema';
import {
  claimantStatusIntervals,
  combinedStatusIntervals,
  COMBINED_VIEW,
  OPEN_END_DAY,
  viewStatusIntervals,
  type StatusInterval,
  type ZoneStatus,
} from './combined-status';
import type { ImpliedSpan } from './implied';

let nextId = 0;
function claim(
  claimant: string,
  holder: ControlClaim['holder'],
  from: string,
  place = 'p',
): ControlClaim {
  nextId += 1;
  return { id: `c${nextId}`, claimant, place, holder, from, datePrecision: 'day', sources: ['s'] };
}

function span(
  claimant: string,
  side: 'ru' | 'ua',
  from: string,
  to: string,
  place = 'p',
): ImpliedSpan {
  return {
    place,
    claimant,
    side,
    from,
    to,
    basis: 'implied',
    fromClaimId: 'x',
    startRule: 'operation-start',
    startClaimId: null,
  };
}

const d = toDayNumber;
const W7 = { disputeWindowDays: 7 };

/** The status the intervals give `place` on `day`, as the map's filter would find it. */
function statusOn(intervals: readonly StatusInterval[], place: string, day: number) {
  return intervals.find((item) => item.place === place && item.from <= day && day < item.to)
    ?.status;
}

describe('combinedStatusIntervals', () => {
  it('holds a lone claim from its date on, open-ended', () => {
    expect(combinedStatusIntervals([claim('a', 'ru', '2024-10-01')], [], W7)).toEqual([
      { place: 'p', status: 'ru', from: d('2024-10-01'), to: OPEN_END_DAY },
    ]);
  });

  it('lets the most recent claim decide once the earlier one is outside the window', () => {
    const claims = [claim('ua-gs', 'ua', '2024-08-10'), claim('ru-mod', 'ru', '2025-03-12')];
    expect(combinedStatusIntervals(claims, [], W7)).toEqual([
      { place: 'p', status: 'ua', from: d('2024-08-10'), to: d('2025-03-12') },
      { place: 'p', status: 'ru', from: d('2025-03-12'), to: OPEN_END_DAY },
    ]);
  });

  it('marks disagreement within the window as disputed for the window, then the newest stands', () => {
    const claims = [
      claim('a', 'ru', '2024-10-01'),
      claim('b', 'ua', '2024-10-04'),
      claim('c', 'ru', '2024-11-01'),
    ];
    expect(combinedStatusIntervals(claims, [], W7)).toEqual([
      { place: 'p', status: 'ru', from: d('2024-10-01'), to: d('2024-10-04') },
      { place: 'p', status: 'disputed', from: d('2024-10-04'), to: d('2024-10-12') },
      { place: 'p', status: 'ua', from: d('2024-10-12'), to: d('2024-11-01') },
      { place: 'p', status: 'ru', from: d('2024-11-01'), to: OPEN_END_DAY },
    ]);
  });

  it('keeps claims of the same day that disagree disputed until someone speaks again', () => {
    const claims = [claim('a', 'ru', '2024-10-01'), claim('b', 'ua', '2024-10-01')];
    expect(statusOn(combinedStatusIntervals(claims, [], W7), 'p', d('2025-01-01'))).toBe(
      'disputed',
    );
  });

  it('counts the window inclusively: W days before is disputed, W + 1 is not', () => {
    const at = (gap: number) =>
      statusOn(
        combinedStatusIntervals(
          [claim('a', 'ru', '2024-10-01'), claim('b', 'ua', toIsoDay(d('2024-10-01') + gap))],
          [],
          W7,
        ),
        'p',
        d('2024-10-01') + gap,
      );
    expect(at(7)).toBe('disputed');
    expect(at(8)).toBe('ua');
  });

  it('disputes claims of the same day, with a window of 0', () => {
    const claims = [claim('a', 'ru', '2024-10-01'), claim('b', 'ua', '2024-10-01')];
    expect(
      statusOn(combinedStatusIntervals(claims, [], { disputeWindowDays: 0 }), 'p', d('2024-10-01')),
    ).toBe('disputed');
  });

  it('does not dispute a claimant with its own earlier claim', () => {
    const claims = [claim('a', 'ua', '2024-10-01'), claim('a', 'ru', '2024-10-03')];
    expect(statusOn(combinedStatusIntervals(claims, [], W7), 'p', d('2024-10-05'))).toBe('ru');
  });

  it('ignores a claim another claimant has since replaced', () => {
    const claims = [
      claim('b', 'ua', '2024-10-01'),
      claim('b', 'ru', '2024-10-02'),
      claim('a', 'ru', '2024-10-03'),
    ];
    expect(statusOn(combinedStatusIntervals(claims, [], W7), 'p', d('2024-10-03'))).toBe('ru');
  });

  it('merges agreeing claims into one interval', () => {
    const claims = [claim('a', 'ru', '2024-10-01'), claim('b', 'ru', '2024-10-03')];
    expect(combinedStatusIntervals(claims, [], W7)).toEqual([
      { place: 'p', status: 'ru', from: d('2024-10-01'), to: OPEN_END_DAY },
    ]);
  });

  it('shows a "contested" claim as contested', () => {
    expect(
      combinedStatusIntervals([claim('a', 'contested', '2024-10-01')], [], W7)[0]?.status,
    ).toBe('contested');
  });

  it('uses an implied span only where no stated claim is in force', () => {
    const claims = [claim('ua-gs', 'ua', '2024-08-15'), claim('ru-mod', 'ru', '2024-10-01')];
    const implied = [span('ru-mod', 'ua', '2024-08-06', '2024-10-01')];
    expect(combinedStatusIntervals(claims, implied, W7)).toEqual([
      { place: 'p', status: 'ua-implied', from: d('2024-08-06'), to: d('2024-08-15') },
      { place: 'p', status: 'ua', from: d('2024-08-15'), to: d('2024-10-01') },
      { place: 'p', status: 'ru', from: d('2024-10-01'), to: OPEN_END_DAY },
    ]);
  });

  it('calls contradicting implied spans disputed', () => {
    const implied = [
      span('a', 'ua', '2024-08-06', '2024-10-01'),
      span('b', 'ru', '2024-08-20', '2024-09-01'),
    ];
    expect(statusOn(combinedStatusIntervals([], implied, W7), 'p', d('2024-08-25'))).toBe(
      'disputed',
    );
    expect(statusOn(combinedStatusIntervals([], implied, W7), 'p', d('2024-09-01'))).toBe(
      'ua-implied',
    );
  });

  it('gives no interval before anything is said, and sorts by place', () => {
    const claims = [claim('a', 'ru', '2024-10-01', 'q'), claim('a', 'ua', '2024-09-01', 'p')];
    const result = combinedStatusIntervals(claims, [], W7);
    expect(result.map((item) => item.place)).toEqual(['p', 'q']);
    expect(statusOn(result, 'q', d('2024-09-30'))).toBeUndefined();
  });
});

describe('claimantStatusIntervals', () => {
  const claims = [
    claim('a', 'ua', '2024-08-15'),
    claim('b', 'ru', '2024-08-17'),
    claim('a', 'ru', '2024-10-01'),
  ];
  const implied = [
    span('a', 'ua', '2024-08-06', '2024-08-15'),
    span('b', 'ru', '2024-08-06', '2024-08-17'),
  ];

  it('follows only that claimant’s claims and implied spans', () => {
    expect(claimantStatusIntervals(claims, implied, 'a')).toEqual([
      { place: 'p', status: 'ua-implied', from: d('2024-08-06'), to: d('2024-08-15') },
      { place: 'p', status: 'ua', from: d('2024-08-15'), to: d('2024-10-01') },
      { place: 'p', status: 'ru', from: d('2024-10-01'), to: OPEN_END_DAY },
    ]);
  });

  it('never says disputed', () => {
    const statuses = claimantStatusIntervals(claims, implied, 'b').map((item) => item.status);
    expect(statuses).toEqual(['ru-implied', 'ru']);
  });
});

describe('viewStatusIntervals', () => {
  it('has the combined view and one view per claimant', () => {
    const views = viewStatusIntervals(
      [claim('b', 'ru', '2024-10-01'), claim('a', 'ua', '2024-10-01')],
      [span('c', 'ua', '2024-08-06', '2024-09-01')],
      W7,
    );
    expect(Object.keys(views)).toEqual([COMBINED_VIEW, 'a', 'b', 'c']);
    expect(views.c?.[0]?.status).toBe('ua-implied');
  });
});

/** Day-by-day reference for the combined rule, written independently of the interval code. */
function naiveCombined(
  claims: readonly ControlClaim[],
  implied: readonly ImpliedSpan[],
  day: number,
  window: number,
): ZoneStatus | undefined {
  const inForce = new Map<string, ControlClaim>();
  claims
    .filter((c) => d(c.from) <= day)
    .forEach((c) => {
      const seen = inForce.get(c.claimant);
      if (!seen || d(seen.from) <= d(c.from)) inForce.set(c.claimant, c);
    });
  const all = [...inForce.values()];
  if (all.length > 0) {
    const newest = Math.max(...all.map((c) => d(c.from)));
    const recent = all.filter((c) => d(c.from) >= newest - window);
    const newestHolders = new Set(all.filter((c) => d(c.from) === newest).map((c) => c.holder));
    const recentHolders = new Set(recent.map((c) => c.holder));
    if (newestHolders.size > 1) return 'disputed';
    if (recentHolders.size > 1 && day <= newest + window) return 'disputed';
    return [...newestHolders][0];
  }
  const sides = new Set(
    implied.filter((s) => d(s.from) <= day && day < d(s.to)).map((s) => s.side),
  );
  if (sides.size > 1) return 'disputed';
  const [side] = sides;
  return side && `${side}-implied`;
}

describe('combinedStatusIntervals against a day-by-day reference', () => {
  it('agrees on every day (random claims)', () => {
    const base = d('2024-08-01');
    const claimArb = fc.record({
      claimant: fc.constantFrom('a', 'b', 'c'),
      holder: fc.constantFrom('ru' as const, 'ua' as const, 'contested' as const),
      day: fc.integer({ min: 0, max: 60 }),
    });
    const spanArb = fc.record({
      claimant: fc.constantFrom('a', 'b'),
      side: fc.constantFrom('ru' as const, 'ua' as const),
      from: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(
        fc.array(claimArb, { maxLength: 8 }),
        fc.array(spanArb, { maxLength: 3 }),
        fc.integer({ min: 0, max: 10 }),
        (claimRecords, spanRecords, window) => {
          const claims = claimRecords.map((r) =>
            claim(r.claimant, r.holder, toIsoDay(base + r.day)),
          );
          const implied = spanRecords.map((r) =>
            span(r.claimant, r.side, toIsoDay(base + r.from), toIsoDay(base + r.from + r.length)),
          );
          const intervals = combinedStatusIntervals(claims, implied, { disputeWindowDays: window });
          for (let day = base - 1; day <= base + 80; day++) {
            expect(statusOn(intervals, 'p', day)).toBe(naiveCombined(claims, implied, day, window));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
