import { join } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { serveDataFolder } from './vite-data-plugin';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'data');

describe('the Vite data plugin', { timeout: 60_000 }, () => {
  it('fails a build on data the check rejects, with the data check’s message', async () => {
    const building = build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [serveDataFolder(join(FIXTURES, 'wrong-side-of-border'))],
      build: { write: false },
    });
    // The geometry rule runs only in the data check, never in the page: the build runs it too.
    await expect(building).rejects.toThrow(
      /the data check rejected data[\s\S]*places\.json: record "khotin" field location: lies in UA, but country is RU[\s\S]*1 problem\(s\)/,
    );
  });

  it('serves bad data in dev (the page shows the banner) and a 404 for a missing file', async () => {
    const server = await createServer({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [serveDataFolder(join(FIXTURES, 'missing-file'))],
      server: { host: '127.0.0.1', port: 0, ws: false },
    });
    await server.listen();
    try {
      const url = server.resolvedUrls?.local[0] ?? '';
      const places = await fetch(new URL('data/places.json', url));
      expect(places.status).toBe(200);
      const events = await fetch(new URL('data/events.json', url));
      expect(events.status).toBe(404);
      expect(events.headers.get('content-type')).not.toMatch(/html/);
    } finally {
      await server.close();
    }
  });
});
