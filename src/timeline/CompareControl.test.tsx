import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { makeFixtureDataset } from '../test/fixtures';
import { Timeline } from './Timeline';
import { timelineRange } from './timeline-range';

const d = toDayNumber;
const RANGE = timelineRange(makeFixtureDataset())!;

function setup(day: number) {
  const store = createAppStore({ day });
  store.getState().setLoaded(makeFixtureDataset(), []);
  render(
    <StoreProvider store={store}>
      <Timeline />
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

afterEach(() => cleanup());

describe('comparison on the timeline', () => {
  it('pins the selected date, shows it with its mark, takes a typed date, and clears', async () => {
    const { store, user } = setup(d('2025-03-13'));
    expect(screen.queryByTestId('compare-mark')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Compare with…' }));
    expect(store.getState().compareDay).toBe(d('2025-03-13'));
    expect(screen.getByTestId('compare-mark')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Comparison date'), {
      target: { value: '2024-08-20' },
    });
    expect(store.getState().compareDay).toBe(d('2024-08-20'));
    await user.click(screen.getByRole('button', { name: /Clear the comparison/ }));
    expect(store.getState().compareDay).toBeNull();
    expect(screen.getByRole('button', { name: 'Compare with…' })).toBeInTheDocument();
  });

  it('pins the date under the pointer on Shift+click, leaving the slider where it was', () => {
    const { store } = setup(d('2025-03-13'));
    const slider = screen.getByTestId('date-slider');
    slider.getBoundingClientRect = () => ({ left: 0, width: 100 }) as DOMRect;
    fireEvent.pointerDown(slider, { clientX: 0, shiftKey: true });
    expect(store.getState().compareDay).toBe(RANGE.min);
    expect(store.getState().day).toBe(d('2025-03-13'));
    fireEvent.pointerDown(slider, { clientX: 50 });
    expect(store.getState().compareDay).toBe(RANGE.min);
  });
});
