import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../state/store';
import { useAppStoreApi } from '../state/store-context';
import { useMap } from './map-context';

/**
 * Mirrors one store value into the style's global state: applies it now, then on every change,
 * without a React render. Returns the unsubscribe function for an effect cleanup.
 */
function bindGlobalState<T>(
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

/**
 * Binds one store value to the style's global state `name` for the life of the map. `select`
 * and `toStyleValue` must be stable (module-level), or the binding is redone every render.
 */
export function useGlobalStateBinding<T>(
  name: string,
  select: (state: AppState) => T,
  toStyleValue?: (value: T) => unknown,
): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(
    () => bindGlobalState(map, store, name, select, toStyleValue),
    [map, store, name, select, toStyleValue],
  );
}
