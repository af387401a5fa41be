import type { Bytes } from './bundle';
import type { ColdStarts } from './cold-start';
import type { ImportBench } from './imports';
import type { ScalePath } from './scale-path';
import type { ScrubResult } from './scrub';
import type { Summary } from './stats';
import { round } from './stats';
import type { ZoneBuild } from './zone-build';

/** Everything the benchmark measures, as written to report.json. */
export interface Results {
  coldStart: ColdStarts;
  scrub: {
    real: ScrubResult;
    realSetData: ScrubResult;
    scale: ScrubResult;
    scaleSetData: ScrubResult;
  };
  bundle: Record<'app' | 'bare', { page: Bytes; onDemand: Bytes; worker: Bytes }>;
  dataCheck: Record<'real' | 'scale', Summary & { exitCode: number; lastLine: string }>;
  /** Zone model + area series for the scale data (issue #11). */
  zoneBuild: ZoneBuild;
  scalePath: ScalePath;
  /** 300 imported snapshots (issue #12). */
  imports: ImportBench;
}

/** One budget (issues #5, #15, #16) or sanity check, and whether this run met it. */
export interface BudgetResult {
  name: string;
  actual: string;
  budget: string;
  pass: boolean;
}

const sameFeatures = (a: ScrubResult, b: ScrubResult) =>
  JSON.stringify(a.rendered) === JSON.stringify(b.rendered);

/**
 * The budgets of issues #5, #15 (cold start ≤ 1.2×, second visit ≤ 0.7×, first-paint JS) and
 * #16 (scale data through the loading path), plus checks that the comparison is fair: the baseline must draw exactly
 * the features the app draws, and the data the check is timed on must be valid throughout.
 */
export function checkBudgets(r: Results): BudgetResult[] {
  const frame = r.scrub.real.frame.median;
  const speedup = r.scrub.scaleSetData.idle.median / r.scrub.scale.idle.median;
  const gzipRatio = r.bundle.app.page.gzip / r.bundle.bare.page.gzip;
  return [
    {
      name: 'scrub → next frame, real data (median)',
      actual: `${frame} ms`,
      budget: '≤ 16.7 ms',
      pass: frame <= 16.7,
    },
    {
      name: 'scrub → idle, scale data: setData baseline ÷ app (medians)',
      actual: `${round(speedup)}×`,
      budget: '≥ 1.3×',
      pass: speedup >= 1.3,
    },
    ...loadBudgets(r.coldStart, r.scalePath),
    {
      name: 'first-paint JS gzip: app ÷ bare maplibre-gl + react',
      actual: `${round(gzipRatio)}×`,
      budget: '≤ 1.15×',
      pass: gzipRatio <= 1.15,
    },
    {
      name: 'data check, real data (median)',
      actual: `${r.dataCheck.real.median} ms`,
      budget: '< 1000 ms',
      pass: r.dataCheck.real.median < 1000,
    },
    {
      name: 'data check, scale data (median)',
      actual: `${r.dataCheck.scale.median} ms`,
      budget: '< 10000 ms',
      pass: r.dataCheck.scale.median < 10_000,
    },
    zoneBuildBudget(r.zoneBuild),
    ...importBudgets(r.imports),
    {
      name: 'sanity: scale data passes the check',
      actual: `exit ${r.dataCheck.scale.exitCode}`,
      budget: 'exit 0',
      pass: r.dataCheck.scale.exitCode === 0,
    },
    {
      name: 'sanity: baseline draws the same features as the app',
      actual:
        sameFeatures(r.scrub.real, r.scrub.realSetData) &&
        sameFeatures(r.scrub.scale, r.scrub.scaleSetData)
          ? 'same'
          : 'different',
      budget: 'same',
      pass:
        sameFeatures(r.scrub.real, r.scrub.realSetData) &&
        sameFeatures(r.scrub.scale, r.scrub.scaleSetData),
    },
  ];
}

/**
 * Issues #15 and #16: the app's cold start against the bare page, the second visit from the
 * service worker's cache, and the scale data through the app's own loading path.
 */
export function loadBudgets(coldStart: ColdStarts, scalePath: ScalePath): BudgetResult[] {
  const r = { coldStart, scalePath };
  return [
    {
      name: 'cold start: app ÷ bare page (medians)',
      actual: `${round(r.coldStart.ratio)}×`,
      budget: '≤ 1.2×',
      pass: r.coldStart.ratio <= 1.2,
    },
    {
      name: "second visit (service worker, warm cache): app ÷ bare page's first visit (medians)",
      actual: `${round(r.coldStart.secondVisitRatio)}× (${r.coldStart.secondVisit.done.median} ms)`,
      budget: '≤ 0.7×',
      pass: r.coldStart.secondVisitRatio <= 0.7,
    },
    {
      name: 'scale data as the data files: ready ÷ real-data cold start (medians)',
      actual: `${round(r.scalePath.ready.median / r.coldStart.app.done.median)}× (${r.scalePath.ready.median} ms)`,
      budget: '≤ 3×',
      pass: r.scalePath.ready.median <= 3 * r.coldStart.app.done.median,
    },
    {
      name: `scale data: busiest place's panel (${r.scalePath.busiest.entries} entries), open → next frame (median)`,
      actual: `${r.scalePath.busiestPanel.median} ms`,
      budget: '≤ 200 ms',
      pass: r.scalePath.busiestPanel.median <= 200,
    },
  ];
}

/**
 * Issue #12: a year of daily snapshots imports in under a minute with progress shown, and the
 * date scrub keeps its frame budget with them on the map (which must draw them).
 */
export function importBudgets(imports: ImportBench): BudgetResult[] {
  const frame = imports.scrub.frame.median;
  const drawn = imports.scrub.rendered['imported-area-fill'] ?? 0;
  return [
    {
      name: `import ${imports.files} snapshots (${imports.megabytes} MB) through the worker`,
      actual: `${imports.importMs} ms${imports.progressShown ? ', progress shown' : ', NO progress'}`,
      budget: '< 60000 ms, progress shown',
      pass: imports.importMs < 60_000 && imports.progressShown,
    },
    {
      name: `scrub → next frame, real data, ${imports.files} snapshots imported (median)`,
      actual: `${frame} ms`,
      budget: '≤ 16.7 ms',
      pass: frame <= 16.7,
    },
    {
      name: 'sanity: the imported layer is drawn at the last scrub day',
      actual: `${drawn} features`,
      budget: '> 0',
      pass: drawn > 0,
    },
  ];
}

/** Issue #11: building zones + area series for the scale data set in under a minute. */
export function zoneBuildBudget(zoneBuild: ZoneBuild): BudgetResult {
  return {
    name: 'building zones + area series, scale data (median)',
    actual: `${zoneBuild.median} ms`,
    budget: '< 60000 ms',
    pass: zoneBuild.median < 60_000,
  };
}
