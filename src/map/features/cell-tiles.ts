import type { AddProtocolAction } from 'maplibre-gl';
import { readTilePack, type TilePack } from './tile-pack';

/**
 * Cells as vector tiles the build cut (scripts/derived/cell-tiles.ts): at scale MapLibre's worker
 * spent ~1.5 s of a load parsing a view's cell GeoJSON, cutting it into tiles and encoding each
 * tile back to a vector tile (issue #16). The map reads them through this protocol, from one
 * pack file per view.
 */
export const CELL_TILES_PROTOCOL = 'cells';

/** The vector-tile layer the cells are in. */
export const CELL_TILE_LAYER = 'cells';

/** The deepest zoom the build cuts (~3 m per tile unit here; outlines are simplified at 10 m). */
export const CELL_TILE_MAXZOOM = 11;

/** Stands for "no pack": a view the build has no cells for draws none. */
const NO_PACK = 'none';

/** The source's tile URL template for the pack at `packUrl` (null: a view with no cells). */
export function cellTilesUrl(packUrl: string | null): string {
  const pack = packUrl === null ? NO_PACK : encodeURIComponent(packUrl);
  return `${CELL_TILES_PROTOCOL}://${pack}/{z}/{x}/{y}`;
}

const TILE_URL = new RegExp(`^${CELL_TILES_PROTOCOL}://([^/]+)/(\\d+)/(\\d+)/(\\d+)$`);

/** Fetches a pack's bytes; the map's handler uses `fetch`, tests pass their own. */
type FetchPack = (url: string) => Promise<ArrayBuffer>;

const fetchPack: FetchPack = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
};

/**
 * The protocol's handler: a tile's bytes from its view's pack (fetched once, then kept), an
 * empty tile where the pack has none. Copies each tile, because MapLibre transfers the buffer
 * to its worker and the pack's own must stay whole.
 */
export function cellTileHandler(load: FetchPack = fetchPack): AddProtocolAction {
  const packs = new Map<string, Promise<TilePack>>();
  const packAt = (url: string) => {
    let pack = packs.get(url);
    if (!pack) {
      pack = load(url).then(readTilePack);
      // A failed fetch is tried again on the next tile (e.g. once the network is back).
      pack.catch(() => packs.delete(url));
      packs.set(url, pack);
    }
    return pack;
  };
  return async ({ url }) => {
    const match = TILE_URL.exec(url);
    if (!match) throw new Error(`not a cell tile URL: ${url}`);
    const [, pack, z, x, y] = match as unknown as [string, string, string, string, string];
    if (pack === NO_PACK) return { data: new ArrayBuffer(0) };
    const tile = (await packAt(decodeURIComponent(pack))).tile(Number(z), Number(x), Number(y));
    return { data: tile ? tile.slice().buffer : new ArrayBuffer(0) };
  };
}
