import { useEffect } from 'react';
import { useAppStoreApi } from '../app/store-context';
import { GLOBAL_STATE } from './evidence-layers';
import { bindGlobalState } from './global-state-binding';
import { useMap } from './map-context';

/** Selected place → the highlight ring's filter (via global state; '' matches nothing). */
export function useSelectionHighlight(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(
    () =>
      bindGlobalState(
        map,
        store,
        GLOBAL_STATE.selectedPlace,
        (state) => state.selectedPlaceId,
        (id) => id ?? '',
      ),
    [map, store],
  );
}
