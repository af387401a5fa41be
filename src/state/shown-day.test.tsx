import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { StoreProvider } from './store-context';
import { ShownDayProvider, useShownDay } from './shown-day';

function ShownDay() {
  return <output data-testid="shown">{useShownDay()}</output>;
}

function renderShownDay(day: number) {
  const store = createAppStore({ day });
  render(
    <StoreProvider store={store}>
      <ShownDayProvider>
        <ShownDay />
      </ShownDayProvider>
    </StoreProvider>,
  );
  return store;
}

const nextFrame = () =>
  act(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(), 1))),
  );

describe('ShownDayProvider', () => {
  it("shows the store's day at first", () => {
    renderShownDay(20_000);
    expect(screen.getByTestId('shown')).toHaveTextContent('20000');
  });

  it('gives a new day to the panels only after the next frame, not in the same task', async () => {
    const store = renderShownDay(20_000);
    act(() => store.getState().setDay(20_010));
    expect(screen.getByTestId('shown')).toHaveTextContent('20000');
    await nextFrame();
    expect(screen.getByTestId('shown')).toHaveTextContent('20010');
  });

  it('needs its provider', () => {
    expect(() => render(<ShownDay />)).toThrow(/ShownDayProvider/);
  });
});
