import { describe, expect, it, vi } from 'vitest';
import type { RequestParameters } from 'maplibre-gl';
import { cellTileHandler, cellTilesUrl } from './cell-tiles';
import { packTiles } from './tile-pack';

const PACK_URL = 'http://127.0.0.1:4173/data/map-cells.all.tiles';

/** The URL MapLibre requests for tile z/x/y of a source with `template`. */
const tileUrl = (template: string, z: number, x: number, y: number) =>
  template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));

const request = (url: string) => ({ url }) as RequestParameters;

describe('the cell tile protocol', () => {
  const pack = packTiles(new Map([['8/153/85', new Uint8Array([4, 5, 6])]]), 11);

  it("answers a tile from its view's pack, fetched once, and an empty tile where it has none", async () => {
    const load = vi.fn(async () => pack.slice().buffer);
    const handler = cellTileHandler(load);
    const template = cellTilesUrl(PACK_URL);
    const hit = await handler(request(tileUrl(template, 8, 153, 85)), new AbortController());
    expect([...new Uint8Array(hit.data as ArrayBuffer)]).toEqual([4, 5, 6]);
    const miss = await handler(request(tileUrl(template, 8, 152, 85)), new AbortController());
    expect((miss.data as ArrayBuffer).byteLength).toBe(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(PACK_URL);
  });

  it('draws nothing for a view with no pack, without fetching', async () => {
    const load = vi.fn(async () => pack.slice().buffer);
    const handler = cellTileHandler(load);
    const empty = await handler(
      request(tileUrl(cellTilesUrl(null), 0, 0, 0)),
      new AbortController(),
    );
    expect((empty.data as ArrayBuffer).byteLength).toBe(0);
    expect(load).not.toHaveBeenCalled();
  });

  it('fails the tile when the pack cannot be fetched, and fetches again on the next one', async () => {
    const load = vi
      .fn<(url: string) => Promise<ArrayBuffer>>()
      .mockRejectedValueOnce(new Error(`${PACK_URL}: HTTP 503`))
      .mockResolvedValue(pack.slice().buffer);
    const handler = cellTileHandler(load);
    const url = tileUrl(cellTilesUrl(PACK_URL), 8, 153, 85);
    await expect(handler(request(url), new AbortController())).rejects.toThrow('HTTP 503');
    const retried = await handler(request(url), new AbortController());
    expect((retried.data as ArrayBuffer).byteLength).toBe(3);
  });
});
