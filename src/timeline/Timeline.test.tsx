import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { toDayNumber } from '../data/dates';
import { makeFixtureDataset } from '../test/fixtures';
import { Timeline } from './Timeline';
import { timelineRange } from './timeline-range';
import { EVENT_DWELL_MS, PLAY_SPEEDS } from '../state/timeline-slice';

const d = toDayNumber;
const FIRST_EVENT = d('2024-08-15');
const BUSY_DAY = d('2025-03-13');
const RANGE = timelineRange(makeFixtureDataset())!;

function setup(day: number, { loaded = true, fakeTimers = false } = {}) {
  // Only the playback interval is faked: Testing Library's async wrapper needs a real setTimeout.
  if (fakeTimers) vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  const store: AppStore = createAppStore({ day });
  if (loaded) store.getState().setLoaded(makeFixtureDataset(), []);
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <Timeline />
    </StoreProvider>,
  );
  const slider = () => screen.getByTestId('date-slider');
  return { store, user, slider, day: () => store.getState().day };
}

function tick(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

afterEach(() => {
  // No vitest globals here, so Testing Library cannot register its own cleanup.
  cleanup();
  vi.useRealTimers();
});

describe('<Timeline />', () => {
  it('shows a placeholder, not a slider, until the dataset is loaded', () => {
    setup(BUSY_DAY, { loaded: false });
    expect(screen.getByTestId('timeline')).toHaveTextContent('Loading timeline');
    expect(screen.queryByTestId('date-slider')).toBeNull();
  });

  it('writes the selected date in full with its event count', () => {
    setup(BUSY_DAY);
    expect(screen.getByTestId('selected-date')).toHaveTextContent(
      'Thursday 13 March 2025' + '2 reported events',
    );
  });

  it('is a native range slider spanning the padded event range in day steps', () => {
    const { slider } = setup(BUSY_DAY);
    expect(slider()).toHaveAttribute('type', 'range');
    expect(slider()).toHaveAccessibleName('Date');
    expect(slider()).toHaveAttribute('min', String(RANGE.min));
    expect(slider()).toHaveAttribute('max', String(RANGE.max));
    expect(slider()).toHaveAttribute('step', '1');
    expect(slider()).toHaveValue(String(BUSY_DAY));
  });

  it('gives the slider a value text with the full date and the count', async () => {
    const { user, slider } = setup(BUSY_DAY);
    expect(slider()).toHaveAttribute('aria-valuetext', 'Thursday 13 March 2025, 2 reported events');
    slider().focus();
    await user.keyboard('{ArrowRight}');
    expect(slider()).toHaveAttribute('aria-valuetext', 'Friday 14 March 2025, no reported events');
  });

  it('draws one tick per event day, taller where more events were reported', () => {
    setup(BUSY_DAY);
    const ticks = screen.getByTestId('event-ticks').querySelectorAll('span');
    expect(ticks).toHaveLength(2);
    const heights = [...ticks].map((t) => parseFloat(t.style.height));
    expect(heights[0]).toBeLessThan(heights[1]!);
  });

  it('writes the day to the store on every input while scrubbing', () => {
    const { slider, day } = setup(BUSY_DAY);
    fireEvent.change(slider(), { target: { value: String(FIRST_EVENT) } });
    expect(day()).toBe(FIRST_EVENT);
    fireEvent.change(slider(), { target: { value: String(FIRST_EVENT + 1) } });
    expect(day()).toBe(FIRST_EVENT + 1);
    expect(screen.getByTestId('selected-date')).toHaveTextContent('Friday 16 August 2024');
  });

  it('moves one day with the arrow keys', async () => {
    const { user, slider, day } = setup(BUSY_DAY);
    slider().focus();
    await user.keyboard('{ArrowRight}');
    expect(day()).toBe(BUSY_DAY + 1);
    expect(screen.getByTestId('selected-date')).toHaveTextContent('Friday 14 March 2025');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(day()).toBe(BUSY_DAY - 1);
  });

  it('jumps to the next event day with PageDown and Shift+ArrowRight', async () => {
    const { user, slider, day } = setup(RANGE.min);
    slider().focus();
    await user.keyboard('{PageDown}');
    expect(day()).toBe(FIRST_EVENT);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(day()).toBe(BUSY_DAY);
  });

  it('jumps to the previous event day with PageUp and Shift+ArrowLeft', async () => {
    const { user, slider, day } = setup(RANGE.max);
    slider().focus();
    await user.keyboard('{PageUp}');
    expect(day()).toBe(BUSY_DAY);
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(day()).toBe(FIRST_EVENT);
  });

  it('goes to the start and end with Home and End', async () => {
    const { user, slider, day } = setup(BUSY_DAY);
    slider().focus();
    await user.keyboard('{Home}');
    expect(day()).toBe(RANGE.min);
    await user.keyboard('{End}');
    expect(day()).toBe(RANGE.max);
  });

  it('plays day by day and stops at the end', async () => {
    const { user, day, store } = setup(RANGE.max - 3, { fakeTimers: true });
    const play = screen.getByTestId('play-button');
    await user.click(play);
    expect(play).toHaveAttribute('aria-pressed', 'true');
    const interval = 1000 / PLAY_SPEEDS.normal;
    tick(interval);
    expect(day()).toBe(RANGE.max - 2);
    tick(interval * 10);
    expect(day()).toBe(RANGE.max);
    expect(store.getState().playing).toBe(false);
    expect(play).toHaveAttribute('aria-pressed', 'false');
  });

  it('pauses when pressed again', async () => {
    const { user, day } = setup(RANGE.min, { fakeTimers: true });
    const play = screen.getByTestId('play-button');
    await user.click(play);
    tick(1000);
    await user.click(play);
    const paused = day();
    expect(paused).toBeGreaterThan(RANGE.min);
    tick(5000);
    expect(day()).toBe(paused);
  });

  it('rewinds to the start when play is pressed at the end', async () => {
    const { user, day } = setup(RANGE.max, { fakeTimers: true });
    await user.click(screen.getByTestId('play-button'));
    tick(1000 / PLAY_SPEEDS.normal);
    expect(day()).toBe(RANGE.min + 1);
  });

  it('jumps from event to event in step-by-event mode and stops at the last', async () => {
    const { user, day, store } = setup(RANGE.min, { fakeTimers: true });
    await user.click(screen.getByRole('switch', { name: 'Step by event' }));
    expect(store.getState().stepMode).toBe('event');
    await user.click(screen.getByTestId('play-button'));
    const interval = EVENT_DWELL_MS.normal;
    tick(interval);
    expect(day()).toBe(FIRST_EVENT);
    tick(interval);
    expect(day()).toBe(BUSY_DAY);
    expect(store.getState().playing).toBe(false);
    tick(interval * 5);
    expect(day()).toBe(BUSY_DAY);
  });

  it('changes the playback interval with the speed control', async () => {
    const { user, day } = setup(RANGE.min, { fakeTimers: true });
    await user.click(screen.getByRole('radio', { name: 'Slow' }));
    await user.click(screen.getByTestId('play-button'));
    const slow = 1000 / PLAY_SPEEDS.slow;
    tick(slow - 1);
    expect(day()).toBe(RANGE.min);
    tick(1);
    expect(day()).toBe(RANGE.min + 1);

    await user.click(screen.getByRole('radio', { name: 'Fast' }));
    expect(screen.getByRole('radio', { name: 'Fast' })).toBeChecked();
    tick(1000);
    expect(day()).toBe(RANGE.min + 1 + PLAY_SPEEDS.fast);
  });
});
