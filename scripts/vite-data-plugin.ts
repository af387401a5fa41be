import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';
import type * as CheckModule from './check-data-run';
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

/** The data check (scripts/check-data-run.ts, with turf), loaded the same way, for builds only. */
function loadCheck(): Promise<typeof CheckModule> {
  return runnerImport<typeof CheckModule>(join(ROOT, 'scripts', 'check-data-run.ts'), {
    configFile: false,
    logLevel: 'warn',
  }).then(({ module }) => module);
}

/** The file name a `/data/` request asks for (the middleware sees the URL below `/data/`). */
function requestedName(url: string | undefined): string {
  return decodeURIComponent((url ?? '').replace(/^\//, '').split('?')[0] ?? '');
}

/**
 * A data file the server does not have is a 404, never the SPA's HTML page (which the page would
 * report as "not valid JSON: Unexpected token '<'"), so the page can say the file is missing.
 */
function notFound(res: ServerResponse, name: string): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`no data file ${name}\n`);
}

/**
 * Ships the data files (human-edited JSON in data/) and the files derived from them (the list in
 * scripts/derived/index.ts) as `/data/<file>`, in dev and in the production build, without a copy
 * in public/; the page validates the data at run time and never runs the derivations itself.
 * index.html preloads all but the lazy ones, so they download while the app's JS does.
 *
 * A build never ships rejected data: it first runs the data check (every rule of
 * `npm run data:check`, with `<dataDir>/archive` for the quotes when present) and fails with its
 * message. The dev server does not check: the page's banner shows what it rejects.
 * `dataDir` is data/ except in tests.
 */
export function serveDataFolder(dataDir = DATA_DIR): Plugin {
  let base = '/';
  let outDir = 'dist';
  let building = false;
  return {
    name: 'serve-data-folder',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    async buildStart() {
      if (!building) return;
      const archive = join(dataDir, 'archive');
      const { checkDataFolder } = await loadCheck();
      const report = checkDataFolder(dataDir, existsSync(archive) ? archive : undefined);
      if (!report.ok) {
        this.error(
          `the data check rejected data in ${dataDir}; fix it (npm run data:check) before building:\n${[...report.lines, report.summary].join('\n')}`,
        );
      }
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = requestedName(req.url);
        loadDerived().then(({ BUILT_FILES, SERVED_FILES, buildDerivedFiles, isViewFile }) => {
          const isDerived = BUILT_FILES.includes(name) || isViewFile(name);
          if (!(SERVED_FILES.includes(name) || isDerived)) return notFound(res, name);
          // Derived files are rebuilt per request, so an edited data file shows on reload.
          const body = isDerived
            ? buildDerivedFiles(dataDir).get(name)
            : existsSync(join(dataDir, name)) && readFileSync(join(dataDir, name));
          if (!body) return notFound(res, name);
          const binary = name.endsWith('.tiles');
          res.setHeader('Content-Type', binary ? 'application/octet-stream' : 'application/json');
          res.end(body);
        }, next);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = requestedName(req.url);
        const path = resolve(outDir, 'data', name);
        if (path.startsWith(join(outDir, 'data')) && existsSync(path)) return next();
        notFound(res, name);
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
      const { BUILT_FILES, SERVED_FILES, buildDerivedFiles, isViewFile } = await loadDerived();
      const built = buildDerivedFiles(dataDir);
      const viewFiles = [...built.keys()].filter(isViewFile);
      for (const file of [...SERVED_FILES, ...viewFiles]) {
        const isDerived = BUILT_FILES.includes(file) || isViewFile(file);
        const source = isDerived ? (built.get(file) ?? '') : readFileSync(join(dataDir, file));
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source });
      }
    },
  };
}
