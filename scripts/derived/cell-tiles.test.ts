import { VectorTile } from '@mapbox/vector-tile';
import { bbox } from '@turf/turf';
import { PbfReader } from 'pbf';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_TILE_LAYER, CELL_TILE_MAXZOOM } from '../../src/map/features/cell-tiles';
import { REGION_BBOX } from '../../src/data/schema';
import { buildMapFeatures } from '../../src/map/features/build';
import { readTilePack } from '../../src/map/features/tile-pack';
import { readZoneCells, ZONE_CELLS_FILE } from '../../src/zones/zone-cells';
import { buildZoneData } from '../../src/zones/zone-data';
import { readDataFolder } from '../data-folder';
import { cutCellTiles } from './cell-tiles';
import { buildDerivedFiles } from './index';

const DATA = join(import.meta.dirname, '..', '..', 'data');

type Box = [number, number, number, number];

/** The tile holding a point at zoom z (web mercator). */
function tileAt(lon: number, lat: number, z: number): [number, number] {
  const rad = (lat * Math.PI) / 180;
  const mercator = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  return [Math.floor(((lon + 180) / 360) * 2 ** z), Math.floor(mercator * 2 ** z)];
}

/** Every feature of the pack's deepest tiles by id: its properties and its extent in degrees. */
function decodeDeepest(pack: Uint8Array): Map<number, { properties: unknown; box: Box }> {
  const read = readTilePack(pack.slice().buffer);
  const found = new Map<number, { properties: unknown; box: Box }>();
  // The region's tiles at the deepest zoom, one more on each side for cells reaching past it.
  const [west, south, east, north] = REGION_BBOX;
  const [x0, y0] = tileAt(west, north, CELL_TILE_MAXZOOM);
  const [x1, y1] = tileAt(east, south, CELL_TILE_MAXZOOM);
  for (let x = x0 - 1; x <= x1 + 1; x++) {
    for (let y = y0 - 1; y <= y1 + 1; y++) {
      const bytes = read.tile(CELL_TILE_MAXZOOM, x, y);
      if (!bytes) continue;
      const layer = new VectorTile(new PbfReader(bytes)).layers[CELL_TILE_LAYER];
      for (let i = 0; i < (layer?.length ?? 0); i++) {
        const feature = layer!.feature(i).toGeoJSON(x, y, CELL_TILE_MAXZOOM);
        const id = Number(feature.id);
        const part = bbox(feature) as Box;
        const seen = found.get(id) ?? { properties: feature.properties, box: part };
        seen.box = [
          Math.min(seen.box[0], part[0]),
          Math.min(seen.box[1], part[1]),
          Math.max(seen.box[2], part[2]),
          Math.max(seen.box[3], part[3]),
        ];
        found.set(id, seen);
      }
    }
  }
  return found;
}

describe('the cells cut into vector tiles', () => {
  const { dataset } = readDataFolder(DATA);
  const built = buildDerivedFiles(DATA);
  const zones = buildZoneData(
    dataset,
    readZoneCells(built.get(ZONE_CELLS_FILE) as string, null).file,
  );
  const cells = buildMapFeatures(dataset, zones, 'all').zones;

  it('hold every cell of the view, with its id, properties and extent (within 10 m)', () => {
    expect(cells.features.length).toBeGreaterThan(40);
    const decoded = decodeDeepest(cutCellTiles(cells));
    expect([...decoded.keys()].sort((a, b) => a - b)).toEqual(cells.features.map((f) => f.id));
    for (const feature of cells.features) {
      const tiled = decoded.get(feature.id as number)!;
      expect(tiled.properties, String(feature.id)).toEqual(feature.properties);
      const box = bbox(feature) as Box;
      for (const [i, value] of tiled.box.entries()) {
        expect(Math.abs(value - box[i]!), String(feature.id)).toBeLessThan(1e-4);
      }
    }
  });

  it('keep only tiles with features, and cut every zoom down to the deepest', () => {
    const pack = readTilePack(cutCellTiles(cells).slice().buffer);
    expect(pack.maxzoom).toBe(CELL_TILE_MAXZOOM);
    // Sudzha's tile at every zoom (its coordinate as the gazetteer has it); none in the Atlantic.
    const sudzha = dataset.places.find((place) => place.names.en === 'Sudzha')?.location;
    expect(sudzha).toBeDefined();
    for (let z = 6; z <= CELL_TILE_MAXZOOM; z++) {
      expect(pack.tile(z, ...tileAt(sudzha!.lon, sudzha!.lat, z)), `z${z}`).not.toBeNull();
    }
    expect(pack.tile(8, ...tileAt(-30, 45, 8))).toBeNull();
  });

  it('of a view with no cells is a pack with no tiles', () => {
    const pack = readTilePack(
      cutCellTiles({ type: 'FeatureCollection', features: [] }).slice().buffer,
    );
    expect(pack.tile(0, 0, 0)).toBeNull();
  });
});
