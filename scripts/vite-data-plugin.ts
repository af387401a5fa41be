import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = join(import.meta.dirname, '..', 'data');

/**
 * Ships the human-edited JSON files in data/ as `/data/<file>` so the app loads (and validates)
 * them at run time, in dev and in the production build, without keeping a copy in public/.
 */
export function serveDataFolder(): Plugin {
  const jsonFiles = () => readdirSync(DATA_DIR).filter((name) => /^[a-z0-9-]+\.json$/.test(name));
  return {
    name: 'serve-data-folder',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!jsonFiles().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(join(DATA_DIR, name)));
      });
    },
    generateBundle() {
      for (const name of jsonFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(DATA_DIR, name)),
        });
      }
    },
  };
}
