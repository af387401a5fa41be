import { useEffect } from 'react';
import { useAppStoreApi } from '../state/store-context';
import type { AppState } from '../state/store';
import { serialiseUrlState } from './url-state';

/** Mobile Safari throttles history writes (~100 per 30 s); a dragged slider must stay under it. */
const WRITE_INTERVAL_MS = 250;

function queryOf(state: AppState): string {
  return serialiseUrlState({
    day: state.day,
    selectedPlaceId: state.selectedPlaceId,
    visibleLayers: state.visibleLayers,
    view: state.view,
  });
}

/**
 * The one store subscriber that writes the query string: replaceState (no history entry per
 * scrub), at most every 250 ms, keeping MapLibre's `#map=` camera hash as it is.
 */
export function useUrlSync(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let written = window.location.search;
    const write = () => {
      timer = null;
      const query = queryOf(store.getState());
      if (query === written) return;
      written = query;
      const { pathname, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
    };
    const unsubscribe = store.subscribe(() => {
      timer ??= setTimeout(write, WRITE_INTERVAL_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
}
