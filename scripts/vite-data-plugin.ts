import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';
import type * as DerivedModule from './derived/index';

const ROOT = join(import.meta.dirname, '..');
const DATA_DIR = join(ROOT, 'data');

/**
 * scripts/derived/index.ts and the app code it runs (reader, validator, zone derivation, turf),
 * loaded through Vite's module runner when a build or dev server needs them, so the config itself
 * stays a small file that Node can load without bundling the app's sources into it.
 */
let derived: Promise<typeof DerivedModule> | null = null;
export function loadDerived(): Promise<typeof DerivedModule> {
  derived ??= runnerImport<typeof DerivedModule>(join(ROOT, 'scripts', 'derived', 'index.ts'), {
    configFile: false,
    logLevel: 'warn',
  }).then(({ module }) => module);
  return derived;
}

/**
 * Ships the data files (human-edited JSON in data/) and the files derived from them (the list in
 * scripts/derived/index.ts) as `/data/<file>`, in dev and in the production build, without a copy
 * in public/; the page validates the data at run time and never runs the derivations itself.
 * index.html preloads all but the lazy ones, so they download while the app's JS does.
 */
export function serveDataFolder(): Plugin {
  let base = '/';
  return {
    name: 'serve-data-folder',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        loadDerived().then(({ DERIVED_FILES, SERVED_FILES, buildDerivedFiles }) => {
          if (!SERVED_FILES.includes(name)) return next();
          const isDerived = DERIVED_FILES.some(({ file }) => file === name);
          // Derived files are rebuilt per request, so an edited data file shows on reload.
          const body = isDerived
            ? buildDerivedFiles(DATA_DIR).get(name)
            : readFileSync(join(DATA_DIR, name));
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        }, next);
      });
    },
    async transformIndexHtml(): Promise<HtmlTagDescriptor[]> {
      const { PRELOADED_FILES } = await loadDerived();
      return PRELOADED_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}data/${file}`, as: 'fetch', crossorigin: true },
        injectTo: 'head',
      }));
    },
    async generateBundle() {
      const { DERIVED_FILES, SERVED_FILES, buildDerivedFiles } = await loadDerived();
      const built = buildDerivedFiles(DATA_DIR);
      for (const file of SERVED_FILES) {
        const isDerived = DERIVED_FILES.some((entry) => entry.file === file);
        const source = isDerived ? (built.get(file) ?? '') : readFileSync(join(DATA_DIR, file));
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source });
      }
    },
  };
}
