import { useCallback, useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../state/store-context';
import {
  EVENT_DWELL_MS,
  PLAY_SPEEDS,
  type PlaySpeed,
  type StepMode,
} from '../state/timeline-slice';
import { clampDay, nextEventDay, type TimelineRange } from './timeline-range';

/**
 * The day playback moves to after `day`, or null at the end: the range's last day when stepping
 * by day, the last event day when stepping by event.
 */
export function playbackStep(
  day: number,
  stepMode: StepMode,
  eventDays: readonly number[],
  range: TimelineRange,
): number | null {
  if (stepMode === 'event') {
    const next = nextEventDay(eventDays, day);
    return next === null || next > range.max ? null : next;
  }
  const current = clampDay(day, range);
  return current >= range.max ? null : current + 1;
}

/** Clocks tick in whole milliseconds; a step of 166.7 ms is due at 166 ms. */
const CLOCK_SLACK_MS = 1;

/** How long one step of playback lasts: a day at the speed, or an event's reading dwell. */
export function stepDelayMs(speed: PlaySpeed, stepMode: StepMode): number {
  return stepMode === 'event' ? EVENT_DWELL_MS[speed] : 1000 / PLAY_SPEEDS[speed];
}

/**
 * Where playback is after `elapsedMs` since the last step, and how much of that time it used.
 * By day it catches up on the wall clock (a slow frame skips days rather than slowing the
 * speed, so Fast stays faster than Normal on a slow machine); by event it never skips one, so
 * each event stays on screen its whole dwell.
 */
export function playbackAdvance(
  day: number,
  stepMode: StepMode,
  speed: PlaySpeed,
  elapsedMs: number,
  eventDays: readonly number[],
  range: TimelineRange,
): { day: number; usedMs: number; ended: boolean } {
  const delay = stepDelayMs(speed, stepMode);
  const steps =
    stepMode === 'event'
      ? Math.min(1, Math.floor((elapsedMs + CLOCK_SLACK_MS) / delay))
      : Math.floor((elapsedMs + CLOCK_SLACK_MS) / delay);
  let current = day;
  let taken = 0;
  while (taken < steps) {
    const next = playbackStep(current, stepMode, eventDays, range);
    if (next === null) break;
    current = next;
    taken += 1;
  }
  const ended = playbackStep(current, stepMode, eventDays, range) === null;
  return { day: current, usedMs: taken * delay, ended };
}

/**
 * Drives playback from the store: while `playing`, a clock advances `day` at the chosen speed
 * (measured on the wall clock, see {@link playbackAdvance}) and stops at the end. The day is read
 * at each tick, not subscribed, so scrubbing mid-play does not restart the clock. Returns the play/pause toggle, which rewinds to the start when pressed at
 * the end.
 */
export function usePlayback(
  eventDays: readonly number[],
  range: TimelineRange | null,
): { togglePlaying: () => void } {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const stepMode = useAppStore((s) => s.stepMode);

  useEffect(() => {
    if (!playing || !range) return;
    let last = Date.now();
    const id = setInterval(
      () => {
        const { day, setDay, setPlaying } = store.getState();
        const now = Date.now();
        const step = playbackAdvance(day, stepMode, speed, now - last, eventDays, range);
        last += step.usedMs;
        if (step.day !== day) setDay(step.day);
        if (step.ended) setPlaying(false);
      },
      stepDelayMs(speed, stepMode),
    );
    return () => clearInterval(id);
  }, [playing, speed, stepMode, range, eventDays, store]);

  const togglePlaying = useCallback(() => {
    const { day, playing: isPlaying, stepMode, setDay, setPlaying } = store.getState();
    if (isPlaying) {
      setPlaying(false);
      return;
    }
    if (!range) return;
    if (playbackStep(day, stepMode, eventDays, range) === null) setDay(range.min);
    setPlaying(true);
  }, [store, range, eventDays]);

  return { togglePlaying };
}
