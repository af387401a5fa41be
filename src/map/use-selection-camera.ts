import { useEffect } from 'react';
import { useAppStoreApi } from '../app/store-context';
import { useMap } from './map-context';

/** Pixels a selected place must sit inside the map's edges to count as visible. */
const EDGE = 40;

/**
 * A place picked in the panel's list (or restored from a link) may be off screen; ease the map
 * to it then. A place clicked on the map is already visible, so the camera stays put.
 */
export function useSelectionCamera(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(() => {
    const reveal = (placeId: string | null) => {
      const place = store.getState().dataset?.places.find((p) => p.id === placeId);
      if (!place?.location) return;
      const { x, y } = map.project([place.location.lon, place.location.lat]);
      const { clientWidth, clientHeight } = map.getContainer();
      const inside = x > EDGE && y > EDGE && x < clientWidth - EDGE && y < clientHeight - EDGE;
      if (!inside) map.easeTo({ center: [place.location.lon, place.location.lat] });
    };
    return store.subscribe((state, prev) => {
      if (state.selectedPlaceId !== prev.selectedPlaceId) reveal(state.selectedPlaceId);
    });
  }, [map, store]);
}
