import { describe, expect, it } from 'vitest';
import { playbackStep } from './use-playback';

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
