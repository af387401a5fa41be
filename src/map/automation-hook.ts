import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /**
     * Automation hook: the app's map, so browser tests and benchmarks can call
     * queryRenderedFeatures and wait for idle. Not an API for app code.
     */
    __map?: MapLibreMap;
  }
}

/** Publishes the map for automation; returns the undo for the map's cleanup. */
export function exposeMap(map: MapLibreMap): () => void {
  window.__map = map;
  return () => {
    if (window.__map === map) delete window.__map;
  };
}
