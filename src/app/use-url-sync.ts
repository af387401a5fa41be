import { useEffect } from 'react';
import { controlClaimants } from '../evidence/claimants';
import { useAppStoreApi } from '../state/store-context';
import type { AppState, AppStore } from '../state/store';
import { timelineRange } from '../timeline/timeline-range';
import {
  loadedLimits,
  parseUrlState,
  serialiseUrlState,
  STATIC_LIMITS,
  type UrlState,
} from './url-state';

/** Mobile Safari throttles history writes (~100 per 30 s); a dragged slider must stay under it. */
const WRITE_INTERVAL_MS = 250;
/** A date is "settled" (worth a history entry) once the slider has rested this long. */
const SETTLE_MS = 700;

/** The part of the store the URL holds. */
export function urlStateOf(state: AppState): UrlState {
  return {
    day: state.day,
    compareDay: state.compareDay,
    selectedPlaceId: state.selectedPlaceId,
    selectedZone: state.selectedZone,
    visibleLayers: state.visibleLayers,
    view: state.view,
    lang: state.lang,
  };
}

function queryOf(state: AppState): string {
  return serialiseUrlState(urlStateOf(state));
}

/** Puts the store back to what `search` says (Back/Forward), checked like a fresh link. */
function restore(store: AppStore, search: string): void {
  const { dataset } = store.getState();
  const limits = dataset
    ? loadedLimits(
        timelineRange(dataset),
        dataset.places.map((place) => place.id),
        controlClaimants(dataset),
      )
    : STATIC_LIMITS;
  const url = parseUrlState(search, { ...limits, defaultLang: store.getState().lang });
  store.setState({
    day: url.day,
    compareDay: url.compareDay,
    selectedPlaceId: url.selectedPlaceId,
    selectedZone: url.selectedZone,
    selectedEntry: null,
    visibleLayers: url.visibleLayers,
    view: url.view,
    lang: url.lang,
    playing: false,
  });
}

/**
 * The one store subscriber that writes the query string, keeping MapLibre's `#map=` camera hash
 * as it is. Selecting a place or zone, or a comparison date, pushes a history entry at once; a date pushes one when it
 * settles (the slider rests {@link SETTLE_MS}, playback stopped), so a scrub is one entry, not
 * hundreds; layers and view only replace the current entry (at most every 250 ms). Back and
 * Forward restore the state of the entry.
 */
export function useUrlSync(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let settleTimer: ReturnType<typeof setTimeout> | null = null;
    let written = window.location.search;
    let restoring = false;
    const write = (push: boolean) => {
      if (timer !== null) clearTimeout(timer);
      if (settleTimer !== null) clearTimeout(settleTimer);
      timer = null;
      settleTimer = null;
      const query = queryOf(store.getState());
      if (query === written) return;
      written = query;
      const { pathname, hash } = window.location;
      const url = `${pathname}${query}${hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    };
    const settle = () => {
      settleTimer = null;
      if (store.getState().playing) settleTimer = setTimeout(settle, SETTLE_MS);
      else write(true);
    };
    const unsubscribe = store.subscribe((state, prev) => {
      // A change that leaves the query as written (the first view drawn, imports) writes nothing.
      if (restoring || queryOf(state) === written) return;
      // Loading and its corrections rewrite the entry the reader arrived on.
      const ready = state.status === 'ready' && prev.status === 'ready';
      const picked =
        state.selectedPlaceId !== prev.selectedPlaceId ||
        state.selectedZone !== prev.selectedZone ||
        state.compareDay !== prev.compareDay;
      if (ready && picked) return write(true);
      if (ready && state.day !== prev.day) {
        if (settleTimer !== null) clearTimeout(settleTimer);
        settleTimer = setTimeout(settle, SETTLE_MS);
        return;
      }
      // A date waiting to settle will push the whole query, this change included.
      timer ??= setTimeout(() => {
        timer = null;
        if (settleTimer === null) write(false);
      }, WRITE_INTERVAL_MS);
    });
    const onPopState = () => {
      if (timer !== null) clearTimeout(timer);
      if (settleTimer !== null) clearTimeout(settleTimer);
      timer = null;
      settleTimer = null;
      restoring = true;
      try {
        restore(store, window.location.search);
      } finally {
        restoring = false;
      }
      written = window.location.search;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      if (timer !== null) clearTimeout(timer);
      if (settleTimer !== null) clearTimeout(settleTimer);
    };
  }, [store]);
}
