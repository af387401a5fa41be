import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDay } from '../data/dates';
import type { ControlClaim } from '../data/schema';
import { impliedSpans, otherSide } from './implied';

function claim(
  fields: Partial<ControlClaim> & Pick<ControlClaim, 'id' | 'claimant' | 'holder' | 'from'>,
): ControlClaim {
  return { place: 'p', datePrecision: 'day', sources: ['s'], ...fields };
}

const KURSK_START = () => '2024-08-06';
const NO_START = () => null;

describe('impliedSpans', () => {
  it('infers the other side held the place from the earliest report until the liberation', () => {
    const claims = [
      claim({ id: 'ua-1', claimant: 'ua-gs', holder: 'ua', from: '2024-08-15' }),
      claim({
        id: 'ru-lib',
        claimant: 'ru-mod',
        holder: 'ru',
        from: '2024-10-01',
        liberated: true,
      }),
    ];
    expect(impliedSpans(claims, KURSK_START)).toEqual([
      {
        place: 'p',
        claimant: 'ru-mod',
        side: 'ua',
        from: '2024-08-15',
        to: '2024-10-01',
        basis: 'implied',
        fromClaimId: 'ru-lib',
        startRule: 'earliest-report',
        startClaimId: 'ua-1',
      },
    ]);
  });

  it('takes the earliest report across all claimants', () => {
    const claims = [
      claim({ id: 'isw', claimant: 'isw', holder: 'ua', from: '2024-08-20' }),
      claim({ id: 'ds', claimant: 'deepstate', holder: 'ua', from: '2024-08-12' }),
      claim({ id: 'gs', claimant: 'ua-gs', holder: 'ua', from: '2024-08-14' }),
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2024-10-01', liberated: true }),
    ];
    expect(impliedSpans(claims, KURSK_START)[0]).toMatchObject({
      from: '2024-08-12',
      startClaimId: 'ds',
    });
  });

  it('breaks a tie between equally early reports by claim id', () => {
    const claims = [
      claim({ id: 'b', claimant: 'isw', holder: 'ua', from: '2024-08-12' }),
      claim({ id: 'a', claimant: 'deepstate', holder: 'ua', from: '2024-08-12' }),
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2024-10-01', liberated: true }),
    ];
    expect(impliedSpans(claims, KURSK_START)[0]?.startClaimId).toBe('a');
  });

  it('ignores reports of the liberator’s own side, of other places, and on or after the date', () => {
    const claims = [
      claim({ id: 'same-side', claimant: 'isw', holder: 'ru', from: '2024-08-10' }),
      claim({ id: 'elsewhere', claimant: 'isw', holder: 'ua', place: 'q', from: '2024-08-10' }),
      claim({ id: 'same-day', claimant: 'isw', holder: 'ua', from: '2024-10-01' }),
      claim({ id: 'later', claimant: 'deepstate', holder: 'ua', from: '2024-10-05' }),
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2024-10-01', liberated: true }),
    ];
    expect(impliedSpans(claims, KURSK_START)).toEqual([
      expect.objectContaining({
        from: '2024-08-06',
        startRule: 'operation-start',
        startClaimId: null,
      }),
    ]);
  });

  it('falls back to the operation start of the place’s area', () => {
    const claims = [
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2025-04-06', liberated: true }),
    ];
    const start = (place: string) => (place === 'p' ? '2025-03-01' : '2024-08-06');
    expect(impliedSpans(claims, start)[0]).toMatchObject({
      from: '2025-03-01',
      to: '2025-04-06',
      startRule: 'operation-start',
    });
  });

  it('gives no span without a report or an operation start', () => {
    const claims = [
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2024-10-01', liberated: true }),
    ];
    expect(impliedSpans(claims, NO_START)).toEqual([]);
  });

  it('gives no span when the operation starts on or after the liberation date', () => {
    const claims = [
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2024-08-06', liberated: true }),
    ];
    expect(impliedSpans(claims, KURSK_START)).toEqual([]);
  });

  it('infers Russian holding from a Ukrainian "liberated" claim', () => {
    const claims = [
      claim({ id: 'lib', claimant: 'ua-gs', holder: 'ua', from: '2025-02-01', liberated: true }),
    ];
    expect(impliedSpans(claims, KURSK_START)[0]).toMatchObject({ side: 'ru', claimant: 'ua-gs' });
  });

  it('infers nothing from claims not marked liberated, or liberated to "contested"', () => {
    const claims = [
      claim({ id: 'plain', claimant: 'ru-mod', holder: 'ru', from: '2024-10-01' }),
      claim({ id: 'no', claimant: 'isw', holder: 'ru', from: '2024-10-01', liberated: false }),
      claim({
        id: 'c',
        claimant: 'ua-gs',
        holder: 'contested',
        from: '2024-10-01',
        liberated: true,
      }),
    ];
    expect(impliedSpans(claims, KURSK_START)).toEqual([]);
  });

  it('infers nothing when the claimant had already spoken about the place', () => {
    const claims = [
      claim({ id: 'earlier', claimant: 'ru-mod', holder: 'contested', from: '2024-09-20' }),
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2024-10-01', liberated: true }),
    ];
    expect(impliedSpans(claims, KURSK_START)).toEqual([]);
  });

  it('still infers when the claimant spoke only about other places before', () => {
    const claims = [
      claim({ id: 'other', claimant: 'ru-mod', holder: 'ru', place: 'q', from: '2024-09-20' }),
      claim({ id: 'lib', claimant: 'ru-mod', holder: 'ru', from: '2024-10-01', liberated: true }),
    ];
    expect(impliedSpans(claims, KURSK_START)).toHaveLength(1);
  });

  it('sorts spans by place, claimant and end', () => {
    const claims = [
      claim({
        id: '1',
        claimant: 'z',
        holder: 'ru',
        place: 'b',
        from: '2024-10-01',
        liberated: true,
      }),
      claim({
        id: '2',
        claimant: 'y',
        holder: 'ru',
        place: 'b',
        from: '2024-10-01',
        liberated: true,
      }),
      claim({
        id: '3',
        claimant: 'z',
        holder: 'ru',
        place: 'a',
        from: '2024-10-01',
        liberated: true,
      }),
    ];
    expect(impliedSpans(claims, KURSK_START).map((span) => span.fromClaimId)).toEqual([
      '3',
      '2',
      '1',
    ]);
  });

  it('never overlaps a stated claim of the same claimant (random claims)', () => {
    const arbitraryClaim = fc.record({
      claimant: fc.constantFrom('a', 'b', 'c'),
      place: fc.constantFrom('p', 'q'),
      holder: fc.constantFrom('ru' as const, 'ua' as const, 'contested' as const),
      day: fc.integer({ min: 0, max: 120 }),
      liberated: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryClaim, { maxLength: 15 }), (records) => {
        const base = toDayNumber('2024-08-01');
        const claims = records.map((record, index) =>
          claim({ ...record, id: `c${index}`, from: toIsoDay(base + record.day) }),
        );
        for (const span of impliedSpans(claims, () => '2024-08-06')) {
          const [from, to] = [toDayNumber(span.from), toDayNumber(span.to)];
          expect(from).toBeLessThan(to);
          const own = claims
            .filter((c) => c.claimant === span.claimant && c.place === span.place)
            .map((c) => toDayNumber(c.from));
          // A claim is in force from its date on, so it overlaps [from, to) iff dated before `to`.
          expect(own.filter((day) => day < to)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('otherSide', () => {
  it('swaps ru and ua', () => {
    expect([otherSide('ru'), otherSide('ua')]).toEqual(['ua', 'ru']);
  });
});
