import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { makeFixtureDataset } from '../test/fixtures';
import { EvidencePanel } from './EvidencePanel';

function renderSudzha(date: string) {
  const store = createAppStore({ day: toDayNumber(date), selectedPlaceId: 'sudzha' });
  store.getState().setLoaded(makeFixtureDataset(), []);
  render(
    <StoreProvider store={store}>
      <EvidencePanel />
    </StoreProvider>,
  );
  return within(screen.getByTestId('claim-status'));
}

describe('claim age in the place panel', () => {
  it('says how long before the selected date each claim in force was said', () => {
    const status = renderSudzha('2024-08-20');
    const card = status.getByText(/Commander-in-Chief/).closest('li');
    expect(card).toHaveTextContent('said 5 days before this date');
    expect(card).not.toHaveClass('ep-claim--stale');
  });

  it('mutes a claim not repeated for more than 60 days and says since when', () => {
    const status = renderSudzha('2025-03-13');
    const ukrainian = status.getByText(/Commander-in-Chief/).closest('li');
    expect(ukrainian).toHaveTextContent(
      'said 210 days before this date — not repeated since 15 Aug 2024',
    );
    expect(ukrainian).toHaveClass('ep-claim--stale');
    const russian = status.getByText(/Russian Defence Ministry/).closest('li');
    expect(russian).toHaveTextContent('said on this date');
    expect(russian).not.toHaveClass('ep-claim--stale');
  });
});
