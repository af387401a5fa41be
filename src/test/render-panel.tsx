import { render } from '@testing-library/react';
import { createAppStore, type AppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { toDayNumber } from '../data/dates';
import type { Dataset } from '../data/schema';
import { EvidencePanel } from '../panel/EvidencePanel';
import { makeFixtureDataset } from './fixtures';

/** Renders the evidence panel on the fixture dataset (edited first by `edit`) at `date`. */
export function renderPanel(
  options: { date?: string; placeId?: string | null; edit?: (dataset: Dataset) => void } = {},
): AppStore {
  const dataset = makeFixtureDataset();
  options.edit?.(dataset);
  const store = createAppStore({
    day: toDayNumber(options.date ?? '2025-03-13'),
    selectedPlaceId: options.placeId ?? null,
  });
  store.getState().setLoaded(dataset, []);
  render(
    <StoreProvider store={store}>
      <EvidencePanel />
    </StoreProvider>,
  );
  return store;
}
