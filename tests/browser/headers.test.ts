import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVED_FILES } from '../../scripts/derived/index';
import { viewFeatureFile } from '../../src/map/features/build';
import { readTilePack } from '../../src/map/features/tile-pack';
import { CELL_TILE_MAXZOOM } from '../../src/map/features/cell-tiles';
import { baseUrl } from './harness';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET as a plain HTTP client sends it: no decompression, only the Accept-Encoding given. */
function get(path: string, acceptEncoding = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    const req = request(new URL(path, baseUrl()), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let html = '';
/** The app's hashed entry script, e.g. /assets/index-BqlaHqiv.js. */
let entryScript = '';

beforeAll(async () => {
  html = (await get('/')).body.toString('utf8');
  entryScript = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1] ?? '';
});

describe('response headers of the served build', () => {
  it('sends the page CSP as a header, with frame-ancestors, and the other security headers', async () => {
    const { status, headers } = await get('/');
    expect(status).toBe(200);
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(headers['content-security-policy']).toBe(`${meta?.[1]}; frame-ancestors 'none'`);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation']) {
      expect(headers['permissions-policy']).toContain(`${feature}=()`);
    }
  });

  it('caches hashed assets for a year and revalidates the page, the service worker and data', async () => {
    expect(entryScript).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const immutable = (await get(entryScript)).headers['cache-control'];
    expect(immutable).toContain('max-age=31536000');
    expect(immutable).toContain('immutable');
    for (const path of ['/', '/sw.js', `/data/${SERVED_FILES[0]}`, '/basemap/border.geojson']) {
      const { status, headers } = await get(path);
      expect({ path, status, cache: headers['cache-control'] }).toEqual({
        path,
        status: 200,
        cache: 'no-cache',
      });
    }
  });

  it('answers 404, not the page, for a data file that is not in the build', async () => {
    const { status, body } = await get('/data/no-such-file.json');
    expect(status).toBe(404);
    expect(body.toString('utf8')).not.toContain('<div id="root">');
  });

  it('serves every data file the page fetches as JSON', async () => {
    for (const file of SERVED_FILES) {
      const { status, headers } = await get(`/data/${file}`);
      expect({ file, status, type: headers['content-type'] }).toMatchObject({
        file,
        status: 200,
        type: expect.stringContaining('application/json'),
      });
    }
  });

  it("serves the cells' tile packs as bytes, compressed for a client that accepts it", async () => {
    const pack = `/data/${viewFeatureFile('zones', 'all')}`;
    const plain = await get(pack);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('application/octet-stream');
    expect(readTilePack(new Uint8Array(plain.body).buffer).maxzoom).toBe(CELL_TILE_MAXZOOM);
    const gz = await get(pack, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('serves the precompressed brotli or gzip copy to a client that accepts it', async () => {
    const plain = await get(entryScript);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(entryScript, 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await get(entryScript, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    const data = await get('/data/events.json', 'br');
    expect(data.headers['content-encoding']).toBe('br');
    expect(data.headers['content-type']).toContain('application/json');
  });
});
