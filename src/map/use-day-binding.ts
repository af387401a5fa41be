import { useEffect } from 'react';
import { useAppStoreApi } from '../app/store-context';
import { GLOBAL_STATE } from './evidence-layers';
import { bindGlobalState } from './global-state-binding';
import { useMap } from './map-context';

/**
 * Selected day → the style's `day` global state. One setGlobalStateProperty per change: the
 * layer filters do the rest, so scrubbing neither calls setData nor re-renders MapView.
 */
export function useDayBinding(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(
    () => bindGlobalState(map, store, GLOBAL_STATE.day, (state) => state.day),
    [map, store],
  );
}
