import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Rejection } from '../data/rejection';
import { makeFixtureDataset } from '../test/fixtures';
import { RejectionsBanner } from './RejectionsBanner';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';

const REJECTIONS: Rejection[] = [
  { file: 'claims.json', recordId: 'bad-claim', field: 'from', message: 'must be a real date' },
  { file: 'events.json', recordId: null, field: null, message: 'could not be fetched: HTTP 404' },
];

function renderBanner(rejections: Rejection[]) {
  const store = createAppStore({ day: 20160 });
  store.getState().setLoaded(makeFixtureDataset(), rejections);
  return render(
    <StoreProvider store={store}>
      <RejectionsBanner />
    </StoreProvider>,
  );
}

describe('<RejectionsBanner />', () => {
  it('is absent when nothing was skipped', () => {
    renderBanner([]);
    expect(screen.queryByTestId('rejections-banner')).toBeNull();
  });

  it('counts what was skipped and lists file, record, field and message', () => {
    renderBanner(REJECTIONS);
    const banner = screen.getByTestId('rejections-banner');
    expect(banner).toHaveTextContent('1 file and 1 record skipped');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('claims.json');
    expect(items[0]).toContain('bad-claim');
    expect(items[0]).toContain('from');
    expect(items[0]).toContain('must be a real date');
    expect(items[1]).toContain('HTTP 404');
  });

  it('can be dismissed', async () => {
    renderBanner(REJECTIONS.slice(0, 1));
    expect(screen.getByTestId('rejections-banner')).toHaveTextContent('1 record skipped');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('rejections-banner')).toBeNull();
  });
});
