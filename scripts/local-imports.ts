import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Where `npm run import` writes snapshots read from the user's own files (git-ignored: other
 * people's maps are never committed or built into dist/).
 */
export const LOCAL_IMPORTS_DIR = join(import.meta.dirname, '..', 'data', 'local-imports');

/** The URL path the page reads them from: `index.json` lists the snapshot files beside it. */
const LOCAL_IMPORTS_PATH = '/local-imports/';
const LOCAL_IMPORTS_INDEX = 'index.json';

/** The snapshot files in `dir` (none when it does not exist), sorted. */
export function localSnapshotFiles(dir = LOCAL_IMPORTS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== LOCAL_IMPORTS_INDEX)
    .sort();
}

type Next = () => void;

/**
 * Serves `/local-imports/index.json` (the live list) and the snapshot files from `dir`, for the
 * dev server, `vite preview` and `npm start`. Anything else under the path is a 404.
 */
export function localImportsMiddleware(dir = LOCAL_IMPORTS_DIR) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(LOCAL_IMPORTS_PATH)) return next();
    const name = decodeURIComponent(path.slice(LOCAL_IMPORTS_PATH.length));
    const files = localSnapshotFiles(dir);
    const body =
      name === LOCAL_IMPORTS_INDEX
        ? JSON.stringify(files)
        : files.includes(name)
          ? readFileSync(join(dir, name), 'utf8')
          : null;
    if (body === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
    res.end(body);
  };
}

/**
 * Serves data/local-imports/ in dev and preview; the build ships only an empty index, so a
 * deployed site lists none and makes no failing request.
 */
export function serveLocalImports(): Plugin {
  return {
    name: 'serve-local-imports',
    configureServer(server) {
      server.middlewares.use(localImportsMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(localImportsMiddleware());
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: `${LOCAL_IMPORTS_PATH.slice(1)}${LOCAL_IMPORTS_INDEX}`,
        source: '[]',
      });
    },
  };
}
