import { useCallback, useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../state/store-context';
import { PLAY_SPEEDS, type StepMode } from '../state/timeline-slice';
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

/**
 * Drives playback from the store: while `playing`, a timer advances `day` at the chosen speed and
 * stops at the end. Day and step mode are read at each tick, not subscribed, so scrubbing or
 * switching mode mid-play does not restart the timer. Returns the play/pause toggle, which
 * rewinds to the start when pressed at the end.
 */
export function usePlayback(
  eventDays: readonly number[],
  range: TimelineRange | null,
): { togglePlaying: () => void } {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);

  useEffect(() => {
    if (!playing || !range) return;
    const id = setInterval(() => {
      const { day, stepMode, setDay, setPlaying } = store.getState();
      const next = playbackStep(day, stepMode, eventDays, range);
      if (next !== null) setDay(next);
      if (next === null || playbackStep(next, stepMode, eventDays, range) === null) {
        setPlaying(false);
      }
    }, 1000 / PLAY_SPEEDS[speed]);
    return () => clearInterval(id);
  }, [playing, speed, range, eventDays, store]);

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
