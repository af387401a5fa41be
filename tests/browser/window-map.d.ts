import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The app's map, exposed for automation (browser tests, benchmarks). */
    __map?: MapLibreMap;
  }
}
