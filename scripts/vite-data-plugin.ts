import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';
import type * as ZoneShapesModule from './zone-shapes';

const ROOT = join(import.meta.dirname, '..');
const DATA_DIR = join(ROOT, 'data');
const COUNTRIES = join(ROOT, 'public', 'basemap', 'countries.geojson');

/**
 * scripts/zone-shapes.ts and the app code it runs (validator, zone derivation, turf), loaded
 * through Vite's module runner when a build or dev server needs them, so the config itself
 * stays a small file that Node can load without bundling the app's sources into it.
 */
let zoneShapes: Promise<typeof ZoneShapesModule> | null = null;
function loadZoneShapes(): Promise<typeof ZoneShapesModule> {
  zoneShapes ??= runnerImport<typeof ZoneShapesModule>(join(ROOT, 'scripts', 'zone-shapes.ts'), {
    configFile: false,
    logLevel: 'warn',
  }).then(({ module }) => module);
  return zoneShapes;
}

async function zoneShapesJson(): Promise<{ file: string; json: string }> {
  const module = await loadZoneShapes();
  const table = module.buildZoneShapeTable(DATA_DIR, COUNTRIES);
  return { file: module.ZONE_SHAPES_FILE, json: JSON.stringify(table) };
}

/**
 * Ships the human-edited JSON files in data/ as `/data/<file>` so the app loads (and validates)
 * them at run time, in dev and in the production build, without keeping a copy in public/; and
 * beside them `/data/zone-shapes.json`, the zone polygons derived from that data, so the page
 * never runs (or downloads) the polygon union. index.html preloads every file the app fetches
 * on start, so they download while the app's JS does.
 */
export function serveDataFolder(): Plugin {
  const jsonFiles = () => readdirSync(DATA_DIR).filter((name) => /^[a-z0-9-]+\.json$/.test(name));
  let base = '/';
  return {
    name: 'serve-data-folder',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        const send = (body: string | Buffer) => {
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        };
        if (jsonFiles().includes(name)) return send(readFileSync(join(DATA_DIR, name)));
        zoneShapesJson().then(
          ({ file, json }) => (name === file ? send(json) : next()),
          (error: unknown) => next(error),
        );
      });
    },
    async transformIndexHtml(): Promise<HtmlTagDescriptor[]> {
      const { FETCHED_DATA_FILES } = await loadZoneShapes();
      return FETCHED_DATA_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}data/${file}`, as: 'fetch', crossorigin: true },
        injectTo: 'head',
      }));
    },
    async generateBundle() {
      for (const name of jsonFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(DATA_DIR, name)),
        });
      }
      const { file, json } = await zoneShapesJson();
      this.emitFile({ type: 'asset', fileName: `data/${file}`, source: json });
    },
  };
}
