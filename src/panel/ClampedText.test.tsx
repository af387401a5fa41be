import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { makeFixtureDataset } from '../test/fixtures';
import { CLAMP_CHARS, ClampedText } from './ClampedText';
import { EvidencePanel } from './EvidencePanel';

const LONG = `${'A long sentence about the front. '.repeat(40)}THE END`;

describe('<ClampedText />', () => {
  it('shows a short text whole, with no button', () => {
    render(<ClampedText text="Short." />);
    expect(screen.getByText('Short.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cuts a long text with "Show more" and shows it whole on demand', async () => {
    const { container } = render(<ClampedText text={LONG} />);
    const paragraph = container.querySelector('p');
    expect(paragraph?.textContent?.length).toBeLessThanOrEqual(CLAMP_CHARS + 1);
    expect(paragraph).not.toHaveTextContent('THE END');
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(paragraph).toHaveTextContent('THE END');
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('<EvidencePanel /> long texts', () => {
  it('clamps a long event summary in the place history', async () => {
    const dataset = makeFixtureDataset();
    const event = dataset.events.find((e) => e.places.includes('sudzha'));
    if (!event) throw new Error('the fixture has no event at Sudzha');
    event.summary = LONG;
    const store = createAppStore({ day: toDayNumber('2025-03-13'), selectedPlaceId: 'sudzha' });
    store.getState().setLoaded(dataset, []);
    render(
      <StoreProvider store={store}>
        <EvidencePanel />
      </StoreProvider>,
    );
    const panel = screen.getByTestId('place-panel');
    expect(panel).not.toHaveTextContent('THE END');
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(panel).toHaveTextContent('THE END');
  });
});
