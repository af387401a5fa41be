import { useEffect } from 'react';
import { useAppStoreApi } from '../state/store-context';
import { useMap } from './map-context';

/**
 * Marks the first view drawn in the store at the map's first idle once the evidence is in it
 * (the binding hooks mount only then), so deferred work can start.
 */
export function useFirstViewDrawn(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(() => {
    if (store.getState().firstViewDrawn) return;
    const drawn = () => store.getState().setFirstViewDrawn();
    map.once('idle', drawn);
    return () => {
      map.off('idle', drawn);
    };
  }, [map, store]);
}
