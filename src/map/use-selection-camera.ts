import { useEffect } from 'react';
import { useAppStoreApi } from '../state/store-context';
import { useMap } from './map-context';

/** Pixels a selected place must sit inside the map's edges (and clear of the controls). */
const EDGE = 60;
/**
 * On phones, selecting opens the bottom sheet and the map shrinks; MapLibre's resize observer
 * catches up within a frame or two, so the check waits for the settled size.
 */
const SETTLE_MS = 200;

/**
 * A place picked in the panel's list (or one the sheet now hides) may be off screen: ease the map
 * to it. A place clicked on the map and still visible keeps the camera where it is.
 */
export function useSelectionCamera(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reveal = () => {
      const { dataset, selectedPlaceId } = store.getState();
      const location = dataset?.places.find((p) => p.id === selectedPlaceId)?.location;
      if (!location) return;
      const { x, y } = map.project([location.lon, location.lat]);
      const { clientWidth, clientHeight } = map.getContainer();
      const inside = x > EDGE && y > EDGE && x < clientWidth - EDGE && y < clientHeight - EDGE;
      if (!inside) map.easeTo({ center: [location.lon, location.lat] });
    };
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.selectedPlaceId === prev.selectedPlaceId || state.selectedPlaceId === null) return;
      clearTimeout(timer);
      timer = setTimeout(reveal, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [map, store]);
}
