import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppStore } from '../state/store';
import { toDayNumber } from '../data/dates';
import { renderPanel } from '../test/render-panel';
import { DAY_EVENTS_PAGE } from './DayEvents';

const BUSY_DAY = '2025-03-13';

/** The panel on {@link BUSY_DAY}, with events added to the fixture's to make `total` that day. */
function renderBusyDay(total: number): AppStore {
  return renderPanel({
    date: BUSY_DAY,
    edit: (dataset) => {
      const onDay = dataset.events.filter((event) => event.date === BUSY_DAY);
      const template = onDay[0]!;
      for (let i = onDay.length; i < total; i += 1) {
        dataset.events.push({ ...template, id: `ev-busy-${i}`, summary: `Busy-day report ${i}.` });
      }
    },
  });
}

describe('<DayEvents /> on a busy day', () => {
  it('lists a page of events, and the rest a page per click', async () => {
    const user = userEvent.setup();
    const all = 2 * DAY_EVENTS_PAGE + 1;
    renderBusyDay(all);
    const section = screen.getByTestId('day-events');
    expect(screen.getAllByTestId('day-event')).toHaveLength(DAY_EVENTS_PAGE);
    await user.click(
      within(section).getByRole('button', {
        name: `Show ${DAY_EVENTS_PAGE} more (${all - DAY_EVENTS_PAGE} not listed yet)`,
      }),
    );
    expect(screen.getAllByTestId('day-event')).toHaveLength(2 * DAY_EVENTS_PAGE);
    await user.click(
      within(section).getByRole('button', { name: 'Show 1 more (1 not listed yet)' }),
    );
    expect(screen.getAllByTestId('day-event')).toHaveLength(all);
    expect(within(section).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('starts another day at one page again', async () => {
    const user = userEvent.setup();
    const store = renderBusyDay(2 * DAY_EVENTS_PAGE);
    await user.click(screen.getByRole('button', { name: /^Show 30 more/ }));
    act(() => store.getState().setDay(toDayNumber('2024-08-15')));
    await waitFor(() =>
      expect(screen.getByTestId('day-events')).toHaveAttribute('data-date', '2024-08-15'),
    );
    act(() => store.getState().setDay(toDayNumber(BUSY_DAY)));
    await waitFor(() =>
      expect(screen.getByTestId('day-events')).toHaveAttribute('data-date', BUSY_DAY),
    );
    expect(screen.getAllByTestId('day-event')).toHaveLength(DAY_EVENTS_PAGE);
  });

  it('lists a day within one page whole, with no button', () => {
    renderBusyDay(DAY_EVENTS_PAGE);
    expect(screen.getAllByTestId('day-event')).toHaveLength(DAY_EVENTS_PAGE);
    expect(
      within(screen.getByTestId('day-events')).queryByRole('button', { name: /^Show/ }),
    ).toBeNull();
  });
});
