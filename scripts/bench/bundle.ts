import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (level 9) bytes of a set of JS files. */
export interface Bytes {
  files: number;
  raw: number;
  gzip: number;
}

const WORKER = /maplibre-gl-worker/;

function measure(dir: string, names: readonly string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const name of names) {
    const content = readFileSync(join(dir, name));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: names.length, raw, gzip };
}

/**
 * The page's JS (every chunk it may load) and, apart, the MapLibre worker, which the browser
 * fetches in parallel off the main thread and which is identical in any maplibre-gl build.
 */
export function jsBytes(assetsDir: string): { page: Bytes; worker: Bytes } {
  const js = readdirSync(assetsDir).filter((name) => /\.m?js$/.test(name));
  return {
    page: measure(
      assetsDir,
      js.filter((name) => !WORKER.test(name)),
    ),
    worker: measure(
      assetsDir,
      js.filter((name) => WORKER.test(name)),
    ),
  };
}
