import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchChromium, serve, VIEWPORT } from './browser';
import { jsBytes } from './bundle';
import { measureColdStart } from './cold-start';
import { timeDataCheck } from './data-check';
import { checkBudgets, type Results } from './budgets';
import { printReport } from './report';
import { generateScaleData, writeScaleData } from './scale-data';
import { measureScrub } from './scrub';
import { BENCH_DIST } from './vite.bench.config';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'artifacts', 'bench');
const SCALE_DIR = join(OUT, 'scale-data');

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick ?? false;
/** `--quick` keeps every measurement but fewer repeats, for CI. */
const RUNS = quick
  ? { cold: 3, scrubs: 20, checkReal: 3, checkScale: 1 }
  : { cold: 10, scrubs: 80, checkReal: 10, checkScale: 3 };

async function buildAll(): Promise<void> {
  console.log('building the app and the bare page into artifacts/bench/dist …');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: BENCH_DIST, emptyOutDir: true } });
  await build({ configFile: join(ROOT, 'scripts', 'bench', 'vite.bench.config.ts') });
}

async function main(): Promise<number> {
  await buildAll();
  const bundle = {
    app: jsBytes(join(BENCH_DIST, 'assets')),
    bare: jsBytes(join(BENCH_DIST, 'bench-assets')),
  };

  console.log('generating the scale dataset (seeded) …');
  writeScaleData(SCALE_DIR, generateScaleData());

  console.log('timing the data check …');
  const dataCheck = {
    real: timeDataCheck(
      ['--data', join(ROOT, 'data'), '--archive', join(ROOT, 'data', 'archive')],
      RUNS.checkReal,
    ),
    scale: timeDataCheck(['--data', SCALE_DIR], RUNS.checkScale),
  };

  const { url, server } = await serve(BENCH_DIST);
  const browser = await launchChromium();
  try {
    console.log(`cold start, ${RUNS.cold} runs each …`);
    const coldStart = await measureColdStart(browser, url, RUNS.cold);
    console.log(`scrub, ${RUNS.scrubs} scrubs per mode …`);
    const scale = join(SCALE_DIR, 'features.json');
    const scrub = {
      real: await measureScrub(browser, url, {
        mode: 'app',
        scrubs: RUNS.scrubs,
        featuresPath: null,
      }),
      realSetData: await measureScrub(browser, url, {
        mode: 'setdata',
        scrubs: RUNS.scrubs,
        featuresPath: null,
      }),
      scale: await measureScrub(browser, url, {
        mode: 'app',
        scrubs: RUNS.scrubs,
        featuresPath: scale,
      }),
      scaleSetData: await measureScrub(browser, url, {
        mode: 'setdata',
        scrubs: RUNS.scrubs,
        featuresPath: scale,
      }),
    };
    const results: Results = { coldStart, scrub, bundle, dataCheck };
    const budgets = checkBudgets(results);
    const report = {
      date: new Date().toISOString(),
      quick,
      runs: RUNS,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        viewport: VIEWPORT,
      },
      results,
      budgets,
    };
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    printReport(results, budgets);
    console.log(`\nreport: ${join('artifacts', 'bench', 'report.json')}`);
    const missed = budgets.filter((b) => !b.pass);
    for (const b of missed)
      console.error(`BUDGET MISSED: ${b.name}: ${b.actual} (budget ${b.budget})`);
    return missed.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
