// The one place that performs MapLibre's global setup; import maplibregl from here, not from 'maplibre-gl'.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CELL_TILES_PROTOCOL, cellTileHandler } from './features/cell-tiles';

// maplibre-gl 6 derives the worker URL from import.meta.url, which Vite cannot see: without this the
// worker 404s in production builds and the map never loads.
maplibregl.setWorkerUrl(workerUrl);

// The build's cell tiles, read from one pack per claims view (src/map/cell-tiles.ts).
maplibregl.addProtocol(CELL_TILES_PROTOCOL, cellTileHandler());

/** MapLibre with its worker URL set; the map component builds the map from this export. */
export { maplibregl };
