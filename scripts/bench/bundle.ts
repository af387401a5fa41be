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

/** The JS an HTML page loads before its first paint: its module scripts and modulepreloads. */
function firstPaintScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isModule = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isModule || isPreload) && url ? [url.split('/').pop() ?? url] : [];
  });
}

/**
 * The JS of a page built into `assetsDir`: what `htmlFile` loads for the first paint, what it
 * may load later on demand (chart, importer, update prompt), and, apart, the MapLibre worker,
 * which the browser fetches off the main thread and which is identical in any maplibre-gl build.
 */
export function jsBytes(
  assetsDir: string,
  htmlFile: string,
): { page: Bytes; onDemand: Bytes; worker: Bytes } {
  const js = readdirSync(assetsDir).filter((name) => /\.m?js$/.test(name));
  const initial = new Set(firstPaintScripts(readFileSync(htmlFile, 'utf8')));
  const pageJs = js.filter((name) => !WORKER.test(name));
  return {
    page: measure(
      assetsDir,
      pageJs.filter((name) => initial.has(name)),
    ),
    onDemand: measure(
      assetsDir,
      pageJs.filter((name) => !initial.has(name)),
    ),
    worker: measure(
      assetsDir,
      js.filter((name) => WORKER.test(name)),
    ),
  };
}
