import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchChromium } from '../chromium';
import { freshPage, serve } from './browser';
import { generateScaleData } from './scale-data';
import { scaleDist } from './scale-path';

/**
 * Where a load's time goes (issue #16): loads the scale data through the app's own path (or,
 * with --real, the real data) once, with a CPU profile of the page's thread and, with --trace, a
 * Chromium trace of every thread (MapLibre's worker and the GPU process included). Prints the
 * milestones and the page thread's busiest functions; both files open in Chrome DevTools.
 * The build is unminified, so the functions keep their names.
 *
 *   npm run bench:profile -- [--real] [--trace] [--rebuild]
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'artifacts', 'bench');
const DIST = join(OUT, 'dist-profile');
const SCALE_DIST = join(OUT, 'dist-profile-scale');

const { values } = parseArgs({
  options: {
    real: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
  },
});

/** Logs milestones in page time: the map's creation, its `load` and each `idle`. */
const MILESTONES = `(() => {
  const marks = [];
  let current;
  window.__profileMarks = marks;
  Object.defineProperty(window, '__map', { configurable: true, get: () => current, set: (map) => {
    current = map;
    if (!map) return;
    marks.push({ name: 'map created', t: performance.now() });
    map.on('load', () => marks.push({ name: 'load', t: performance.now() }));
    map.on('idle', () => {
      const placed = map.getSource('evidence-places') ? map.querySourceFeatures('evidence-places').length : 0;
      marks.push({ name: 'idle', t: performance.now(), placed });
    });
  }});
})();`;

interface Mark {
  name: string;
  t: number;
  placed?: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const label = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;

/** Self and inclusive milliseconds per function, the top `n` of each. */
function busiest(profile: CpuProfile, n: number): { self: string[]; inclusive: string[] } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const leaf = nodes.get(id);
    if (leaf) self.set(label(leaf), (self.get(label(leaf)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = nodes.get(at);
      if (!node || seen.has(label(node))) continue;
      seen.add(label(node));
      inclusive.set(label(node), (inclusive.get(label(node)) ?? 0) + us);
    }
  });
  const top = (totals: Map<string, number>) =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => `${String(Math.round(us / 1000)).padStart(7)} ms  ${name}`);
  return { self: top(self), inclusive: top(inclusive) };
}

async function main(): Promise<void> {
  if (values.rebuild || !existsSync(join(DIST, 'index.html'))) {
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: DIST, emptyOutDir: true, minify: false },
    });
  }
  if (!values.real && (values.rebuild || !existsSync(join(SCALE_DIST, 'index.html')))) {
    scaleDist(DIST, SCALE_DIST, generateScaleData().dataset);
  }
  const { url, server } = await serve(values.real ? DIST : SCALE_DIST);
  const browser = await launchChromium();
  try {
    const { page, close } = await freshPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    if (values.trace) {
      await browser.startTracing(page, {
        categories: ['disabled-by-default-v8.cpu_profiler', 'devtools.timeline', 'v8.execute'],
      });
    }
    await page.addInitScript(MILESTONES);
    await page.goto(url);
    await page.waitForFunction(
      () =>
        ((window as { __profileMarks?: Mark[] }).__profileMarks ?? []).some(
          (mark) => mark.name === 'idle' && (mark.placed ?? 0) > 0,
        ),
      undefined,
      { timeout: 180_000, polling: 50 },
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const name = values.real ? 'real' : 'scale';
    writeFileSync(join(OUT, `${name}.cpuprofile`), JSON.stringify(profile));
    if (values.trace) writeFileSync(join(OUT, `${name}.trace.json`), await browser.stopTracing());
    const marks = await page.evaluate(
      () => (window as { __profileMarks?: Mark[] }).__profileMarks ?? [],
    );
    for (const mark of marks)
      console.log(`${String(Math.round(mark.t)).padStart(7)} ms  ${mark.name}`);
    const { self, inclusive } = busiest(profile, 40);
    console.log(`page thread, self time:\n${self.join('\n')}`);
    console.log(`page thread, inclusive time:\n${inclusive.join('\n')}`);
    console.log(
      `profiles in ${OUT} (${name}.cpuprofile${values.trace ? `, ${name}.trace.json` : ''})`,
    );
    await close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
