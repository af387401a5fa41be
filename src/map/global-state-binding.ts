import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../app/store';

/**
 * Mirrors one store value into the style's global state: applies it now, then on every change,
 * without a React render. Returns the unsubscribe function for an effect cleanup.
 */
export function bindGlobalState<T>(
  map: MapLibreMap,
  store: AppStore,
  name: string,
  select: (state: AppState) => T,
  toStyleValue: (value: T) => unknown = (value) => value,
): () => void {
  let current = select(store.getState());
  map.setGlobalStateProperty(name, toStyleValue(current));
  return store.subscribe((state) => {
    const next = select(state);
    if (Object.is(next, current)) return;
    current = next;
    map.setGlobalStateProperty(name, toStyleValue(next));
  });
}
