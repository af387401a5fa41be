import { useEffect } from 'react';
import { useAppStoreApi } from '../app/store-context';
import { GLOBAL_STATE } from './evidence-layers';
import { bindGlobalState } from './global-state-binding';
import { useMap } from './map-context';

/** Claims view ('all' or a claimant) → the style's `view` global state. */
export function useViewBinding(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(
    () => bindGlobalState(map, store, GLOBAL_STATE.view, (state) => state.view),
    [map, store],
  );
}
