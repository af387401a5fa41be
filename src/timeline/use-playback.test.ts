import { describe, expect, it } from 'vitest';
import { playbackAdvance, playbackStep, stepDelayMs } from './use-playback';

describe('playbackStep', () => {
  const range = { min: 0, max: 40 };
  const days = [10, 20, 30];

  it('moves one day at a time and ends on the last day of the range', () => {
    expect(playbackStep(0, 'day', days, range)).toBe(1);
    expect(playbackStep(39, 'day', days, range)).toBe(40);
    expect(playbackStep(40, 'day', days, range)).toBeNull();
  });

  it('moves from event day to event day and ends on the last one', () => {
    expect(playbackStep(0, 'event', days, range)).toBe(10);
    expect(playbackStep(10, 'event', days, range)).toBe(20);
    expect(playbackStep(30, 'event', days, range)).toBeNull();
  });

  it('starts a day-by-day run from inside the range', () => {
    expect(playbackStep(-100, 'day', days, range)).toBe(1);
    expect(playbackStep(100, 'day', days, range)).toBeNull();
  });

  it('ignores event days beyond the end of the range', () => {
    expect(playbackStep(30, 'event', [30, 50], range)).toBeNull();
  });
});

/** Runs playback on a simulated clock ticking every `tickMs` (a slow machine ticks late). */
function simulate(
  speed: 'slow' | 'normal' | 'fast',
  stepMode: 'day' | 'event',
  totalMs: number,
  tickMs: number,
  eventDays: readonly number[],
  range: { min: number; max: number },
): { day: number; changes: number[] } {
  let day = range.min;
  let last = 0;
  const changes: number[] = [];
  for (let now = tickMs; now <= totalMs; now += tickMs) {
    const step = playbackAdvance(day, stepMode, speed, now - last, eventDays, range);
    last += step.usedMs;
    if (step.day !== day) changes.push(now);
    day = step.day;
    if (step.ended) break;
  }
  return { day, changes };
}

describe('playbackAdvance', () => {
  const range = { min: 0, max: 1000 };
  const days = [5, 6, 7, 8, 9, 10];

  it('plays measurably faster at each speed, even when ticks arrive late (200 ms)', () => {
    const reached = (['slow', 'normal', 'fast'] as const).map(
      (speed) => simulate(speed, 'day', 5000, 200, days, range).day,
    );
    expect(reached).toEqual([10, 30, 100]);
  });

  it('dwells at least 1.5 s on each event, never skipping one, and longer when slower', () => {
    for (const speed of ['slow', 'normal', 'fast'] as const) {
      const { changes } = simulate(speed, 'event', 60_000, 50, days, range);
      expect(changes).toHaveLength(days.length);
      const gaps = changes.slice(1).map((at, i) => at - changes[i]!);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1500);
      expect(Math.min(...gaps)).toBe(stepDelayMs(speed, 'event'));
    }
    expect(stepDelayMs('slow', 'event')).toBeGreaterThan(stepDelayMs('fast', 'event'));
  });

  it('stops at the end of the range', () => {
    expect(playbackAdvance(998, 'day', 'fast', 10_000, days, range)).toEqual({
      day: 1000,
      usedMs: 100,
      ended: true,
    });
  });
});
