import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { makeFixtureDataset } from '../test/fixtures';
import { Legend } from './Legend';

function renderLegend(initiallyOpen = true): AppStore {
  const store = createAppStore({ day: 20160 });
  store.getState().setLoaded(makeFixtureDataset(), []);
  render(
    <StoreProvider store={store}>
      <Legend initiallyOpen={initiallyOpen} />
    </StoreProvider>,
  );
  return store;
}

describe('<Legend />', () => {
  it('toggles each layer group in the store', async () => {
    const store = renderLegend();
    const zones = screen.getByRole('checkbox', { name: /Claimed control zones/ });
    expect(zones).toBeChecked();
    await userEvent.click(zones);
    expect(zones).not.toBeChecked();
    expect(store.getState().visibleLayers).toEqual({
      settlements: true,
      evacuations: true,
      zones: false,
      implied: true,
      events: true,
    });
    await userEvent.click(screen.getByRole('checkbox', { name: /Events/ }));
    await userEvent.click(zones);
    expect(store.getState().visibleLayers.zones).toBe(true);
    expect(store.getState().visibleLayers.events).toBe(false);
    await userEvent.click(screen.getByRole('checkbox', { name: /Implied holders/ }));
    expect(store.getState().visibleLayers.implied).toBe(false);
  });

  it('follows store changes made elsewhere (e.g. a deep link)', () => {
    const store = renderLegend();
    store.getState().setLayerVisible('settlements', false);
    return expect(
      screen.findByRole('checkbox', { name: /Settlements/ }),
    ).resolves.not.toBeChecked();
  });

  it('offers the combined view and one view per claimant with control claims', async () => {
    const store = renderLegend();
    const select = screen.getByRole('combobox', { name: /Claims shown/ });
    const options = [...select.querySelectorAll('option')].map((o) => o.value);
    expect(options[0]).toBe('all');
    expect(options).toContain('ru-mod');
    await userEvent.selectOptions(select, 'ru-mod');
    expect(store.getState().view).toBe('ru-mod');
  });

  it('explains the statuses, names the implied style and says zones are not a front line', () => {
    renderLegend();
    for (const text of [
      'claimed held by Russia',
      'claimed held by Ukraine',
      'claims disagree',
      'unclaimed',
    ]) {
      expect(screen.getByText(text)).toBeInTheDocument();
    }
    expect(
      screen.getByText('held by Ukraine, implied by a claim that Russia liberated it'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Zones are settlement cells .*not a front line\./)).toBeInTheDocument();
  });

  it('starts folded on phones', () => {
    renderLegend(false);
    expect(screen.getByTestId('legend')).not.toHaveAttribute('open');
  });
});
