import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Playback speeds stepping by day: days advanced per second. */
export const PLAY_SPEEDS = { slow: 2, normal: 6, fast: 20 } as const;
/** Stepping by event: how long each event day stays on screen (ms), long enough to read. */
export const EVENT_DWELL_MS = { slow: 4000, normal: 2500, fast: 1500 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

/** Whether playback moves one day or one reported event at a time. */
export type StepMode = 'day' | 'event';

/** The selected date (a UTC day number), the date compared with it, and playback state. */
export interface TimelineSlice {
  day: number;
  /** The second date of a comparison (changes between it and `day`); null when not comparing. */
  compareDay: number | null;
  playing: boolean;
  speed: PlaySpeed;
  stepMode: StepMode;
  setDay: (day: number) => void;
  setCompareDay: (day: number | null) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: PlaySpeed) => void;
  setStepMode: (mode: StepMode) => void;
}

/** Creates the timeline slice starting at `initialDay` (compared with `initialCompareDay`). */
export const createTimelineSlice =
  (
    initialDay: number,
    initialCompareDay: number | null = null,
  ): StateCreator<AppState, [], [], TimelineSlice> =>
  (set) => ({
    day: initialDay,
    compareDay: initialCompareDay,
    playing: false,
    speed: 'normal',
    stepMode: 'day',
    setDay: (day) => set({ day: Math.round(day) }),
    setCompareDay: (day) => set({ compareDay: day === null ? null : Math.round(day) }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setStepMode: (stepMode) => set({ stepMode }),
  });
