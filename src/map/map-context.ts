import { createContext, useContext } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The one map instance, provided by MapView once it has loaded. */
export const MapContext = createContext<MapLibreMap | null>(null);

/**
 * The map, for binding hooks. MapView renders its children only once the map exists, so the
 * hooks never null-check; calling this outside MapView is a programming error.
 */
export function useMap(): MapLibreMap {
  const map = useContext(MapContext);
  if (!map) throw new Error('useMap must be used inside <MapView>');
  return map;
}
