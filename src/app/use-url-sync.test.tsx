import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { useUrlSync } from './use-url-sync';
import { makeFixtureDataset } from '../test/fixtures';

const DAY = Date.UTC(2025, 2, 13) / 86_400_000;

function setup(): { store: AppStore; replace: ReturnType<typeof vi.spyOn> } {
  window.history.replaceState(null, '', '/?date=2025-03-13&lang=en#map=10/51.1/35.2');
  const store = createAppStore({ day: DAY });
  const replace = vi.spyOn(window.history, 'replaceState');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StoreProvider store={store}>{children}</StoreProvider>
  );
  renderHook(() => useUrlSync(), { wrapper });
  return { store, replace };
}

describe('useUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes a burst of changes once, after the throttle interval, keeping the camera hash', () => {
    const { store, replace } = setup();
    act(() => {
      for (let i = 1; i <= 20; i++) store.getState().setDay(DAY - i);
      store.getState().selectPlace('sudzha');
    });
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(250));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?date=2025-02-21&place=sudzha&lang=en');
    expect(window.location.hash).toBe('#map=10/51.1/35.2');
  });

  it('does not write when the serialised state is unchanged', () => {
    const { store, replace } = setup();
    act(() => {
      store.getState().setPlaying(true);
      vi.advanceTimersByTime(1000);
    });
    expect(replace).not.toHaveBeenCalled();
    act(() => {
      store.getState().setView('ru-mod');
      vi.advanceTimersByTime(250);
    });
    expect(window.location.search).toBe('?date=2025-03-13&view=ru-mod&lang=en');
  });

  it('pushes a settled date even when another change was waiting to be written', () => {
    const { store } = setup();
    act(() => store.getState().setLoaded(makeFixtureDataset(), []));
    const push = vi.spyOn(window.history, 'pushState');
    act(() => {
      // The map's first view and a layer toggle, then the reader scrubs at once.
      store.getState().setFirstViewDrawn();
      store.getState().setLayerVisible('events', false);
      store.getState().setDay(DAY + 5);
    });
    act(() => vi.advanceTimersByTime(1000));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toContain('date=2025-03-18');
  });
});
