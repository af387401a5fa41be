/**
 * A tile pack: one file holding a set of vector tiles, so a view's cells are one fetch (and one
 * precache entry) instead of hundreds of tile files. Layout: a 4-byte little-endian length n,
 * n bytes of UTF-8 JSON ({@link PackIndex}), then the tiles' bytes back to back.
 */
interface PackIndex {
  /** The deepest zoom cut; MapLibre overzooms beyond it. */
  maxzoom: number;
  /** `z/x/y` → [offset from the end of the index, length]; tiles with no features are absent. */
  tiles: Record<string, [number, number]>;
}

/** A read pack: its deepest zoom and its tiles' bytes by coordinate. */
export interface TilePack {
  maxzoom: number;
  /** The tile's bytes, or null when the pack has no features there. */
  tile: (z: number, x: number, y: number) => Uint8Array | null;
}

const key = (z: number, x: number, y: number) => `${z}/${x}/${y}`;

/** Packs `tiles` (keyed `z/x/y`) into one file. */
export function packTiles(tiles: ReadonlyMap<string, Uint8Array>, maxzoom: number): Uint8Array {
  const index: PackIndex = { maxzoom, tiles: {} };
  let offset = 0;
  for (const [coordinate, bytes] of tiles) {
    index.tiles[coordinate] = [offset, bytes.length];
    offset += bytes.length;
  }
  const head = new TextEncoder().encode(JSON.stringify(index));
  const out = new Uint8Array(4 + head.length + offset);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const bytes of tiles.values()) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/** Reads a pack written by {@link packTiles}; throws saying what is wrong with a damaged one. */
export function readTilePack(buffer: ArrayBuffer): TilePack {
  if (buffer.byteLength < 4) throw new Error('tile pack is shorter than its header');
  const length = new DataView(buffer).getUint32(0, true);
  const body = 4 + length;
  if (body > buffer.byteLength) throw new Error('tile pack is cut short in its index');
  const index = JSON.parse(
    new TextDecoder().decode(new Uint8Array(buffer, 4, length)),
  ) as PackIndex;
  if (typeof index.maxzoom !== 'number' || typeof index.tiles !== 'object' || !index.tiles) {
    throw new Error('tile pack index has no maxzoom or tiles');
  }
  for (const [coordinate, [offset, size]] of Object.entries(index.tiles)) {
    if (body + offset + size > buffer.byteLength) {
      throw new Error(`tile pack is cut short in tile ${coordinate}`);
    }
  }
  return {
    maxzoom: index.maxzoom,
    tile: (z, x, y) => {
      const entry = index.tiles[key(z, x, y)];
      return entry ? new Uint8Array(buffer, body + entry[0], entry[1]) : null;
    },
  };
}
