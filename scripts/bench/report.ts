import type { BudgetResult, Results } from './budgets';
import type { Bytes } from './bundle';
import { formatTable, round, type Summary } from './stats';

const ms = (s: Summary) => [`${s.median}`, `${s.p95}`, `${s.n}`];
const kb = (bytes: number) => `${round(bytes / 1024)} KB`;
const size = (b: Bytes) => [kb(b.raw), kb(b.gzip)];

/** Prints the measurements and the budget verdicts as two plain-text tables. */
export function printReport(r: Results, budgets: readonly BudgetResult[]): void {
  const timings: string[][] = [
    ['cold start: app (nav → idle, overlay drawn)', ...ms(r.coldStart.app.done)],
    ['cold start: bare maplibre + react page', ...ms(r.coldStart.bare.done)],
    ['second visit: app, service worker installed', ...ms(r.coldStart.secondVisit.done)],
    ['  app: nav → new Map()', ...ms(r.coldStart.app.mapCreated)],
    ['  bare: nav → new Map()', ...ms(r.coldStart.bare.mapCreated)],
    ['  app: nav → first idle (basemap)', ...ms(r.coldStart.app.firstIdle)],
    ['scrub, main-thread change (slider→store→React→map), real', ...ms(r.scrub.real.sync)],
    ['scrub → next frame, real, app', ...ms(r.scrub.real.frame)],
    ['scrub → idle, real, app', ...ms(r.scrub.real.idle)],
    ['scrub → next frame, real, setData baseline', ...ms(r.scrub.realSetData.frame)],
    ['scrub → idle, real, setData baseline', ...ms(r.scrub.realSetData.idle)],
    ['scrub → next frame, scale, app', ...ms(r.scrub.scale.frame)],
    ['scrub → idle, scale, app', ...ms(r.scrub.scale.idle)],
    ['scrub → next frame, scale, setData baseline', ...ms(r.scrub.scaleSetData.frame)],
    ['scrub → idle, scale, setData baseline', ...ms(r.scrub.scaleSetData.idle)],
    ['data check, real (with archive)', ...ms(r.dataCheck.real)],
    ['data check, scale', ...ms(r.dataCheck.scale)],
    ['building zones + area series, scale', ...ms(r.zoneBuild)],
    ['scale data as data files: nav → idle, overlay drawn', ...ms(r.scalePath.ready)],
    ['scale data: busiest panel, open → next frame', ...ms(r.scalePath.busiestPanel)],
    [`import ${r.imports.files} snapshots, picked → listed`, `${r.imports.importMs}`, '', '1'],
    ['scrub → next frame, real, snapshots imported', ...ms(r.imports.scrub.frame)],
    ['scrub → idle, real, snapshots imported', ...ms(r.imports.scrub.idle)],
  ];
  console.log(`\n${formatTable(['timing (ms)', 'median', 'p95', 'n'], timings)}\n`);
  const bytes = [
    ['app page JS, first paint', ...size(r.bundle.app.page)],
    ['app page JS, on demand', ...size(r.bundle.app.onDemand)],
    ['app maplibre worker', ...size(r.bundle.app.worker)],
    ['bare maplibre-gl + react JS, first paint', ...size(r.bundle.bare.page)],
    ['bare maplibre worker', ...size(r.bundle.bare.worker)],
  ];
  console.log(`${formatTable(['bundle', 'raw', 'gzip -9'], bytes)}\n`);
  const verdicts = budgets.map((b) => [b.name, b.actual, b.budget, b.pass ? 'pass' : 'MISS']);
  console.log(formatTable(['budget', 'measured', 'budget', ''], verdicts));
}
