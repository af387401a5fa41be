import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { CELL_TILE_LAYER, CELL_TILE_MAXZOOM } from '../../src/map/features/cell-tiles';
import type { CellFeatures } from '../../src/map/features/types';
import { packTiles } from '../../src/map/features/tile-pack';

/** Tile units: MapLibre's vector tiles are 4096 across. */
const EXTENT = 4096;

/**
 * One view's cells cut into vector tiles from zoom 0 to {@link CELL_TILE_MAXZOOM} and packed
 * (src/map/tile-pack.ts), as MapLibre's own GeoJSON source would cut them in its worker at every
 * load. Only tiles with features are kept, and the walk only descends where cells reach.
 */
export function cutCellTiles(cells: CellFeatures): Uint8Array {
  const index = new GeoJSONVT(cells as GeoJSON.FeatureCollection, {
    maxZoom: CELL_TILE_MAXZOOM,
    indexMaxZoom: 0,
    extent: EXTENT,
  });
  const tiles = new Map<string, Uint8Array>();
  const walk = (z: number, x: number, y: number) => {
    // Null where no cell reaches; an empty tile (cells too small to draw at z) still has children.
    const tile = index.getTile(z, x, y);
    if (!tile) return;
    if (tile.features.length > 0) {
      const layers = { [CELL_TILE_LAYER]: tile };
      tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(layers, { version: 2, extent: EXTENT }));
    }
    if (z === CELL_TILE_MAXZOOM) return;
    for (const dx of [0, 1]) for (const dy of [0, 1]) walk(z + 1, x * 2 + dx, y * 2 + dy);
  };
  walk(0, 0, 0);
  return packTiles(tiles, CELL_TILE_MAXZOOM);
}
