// The one place that performs MapLibre's global setup; import maplibregl from here, not from 'maplibre-gl'.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// maplibre-gl 6 derives the worker URL from import.meta.url, which Vite cannot see: without this the
// worker 404s in production builds and the map never loads.
maplibregl.setWorkerUrl(workerUrl);

/** MapLibre with its worker URL set; the map component builds the map from this export. */
export { maplibregl };
