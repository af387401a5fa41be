import type { Browser, Page } from 'playwright-core';
import { ZONE_AREA_LAYERS } from '../../src/map/evidence-layers';
import { EVENT_WINDOW_DAYS } from '../../src/map/features/events';
import { OVERLAY_SOURCES } from '../../src/map/overlay-expressions';
import { REGION_BBOX } from '../../src/data/schema';
import { freshPage } from './browser';
import { seededRandom } from './scale-data';
import { summarise, type Summary } from './stats';

/**
 * `app`: the app's own path — the slider's input event → store → setGlobalStateProperty('day').
 * `setdata`: the baseline — the same layers without their day clauses; each scrub filters the
 * same features in JS and calls setData on every overlay source.
 */
export type ScrubMode = 'app' | 'setdata';

/** What the page is given; everything is passed in because page functions cannot import. */
interface InPageArgs {
  mode: ScrubMode;
  days: number[];
  /** Per scrub, where in the frame interval (0..1) the change lands. */
  phases: number[];
  warmup: number;
  featuresUrl: string | null;
  region: readonly number[] | null;
  sources: Record<'places' | 'placeLabels' | 'zones' | 'events' | 'evacuations', string>;
  countLayers: string[];
  /** Days an event marker stays on the map (the baseline filters event days in JS too). */
  eventWindowDays: number;
}

interface InPageResult {
  sync: number[];
  frame: number[];
  idle: number[];
  rendered: Record<string, number>;
  finalDay: number;
}

/**
 * Runs in the page. Each scrub registers `render` and `idle` listeners, then changes the day, and
 * times both from just before the change. The next scrub starts only after idle.
 */
async function scrubInPage(args: InPageArgs): Promise<InPageResult> {
  const map = window.__map;
  if (!map) throw new Error('window.__map is missing');
  type Collection = {
    type: 'FeatureCollection';
    features: { properties: Record<string, number> }[];
  };
  const ids = Object.values(args.sources);
  const settle = () =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
  const setData = (id: string, data: unknown) =>
    (map.getSource(id) as unknown as { setData: (d: unknown) => void }).setData(data);

  let full: Record<string, Collection> = {};
  if (args.featuresUrl) {
    const loaded = (await (await fetch(args.featuresUrl)).json()) as Record<string, Collection>;
    full = {
      [args.sources.places]: loaded.placeStatus as Collection,
      [args.sources.placeLabels]: loaded.placeLabels as Collection,
      [args.sources.zones]: loaded.zones as Collection,
      [args.sources.events]: loaded.events as Collection,
      [args.sources.evacuations]: loaded.evacuations as Collection,
    };
  } else if (args.mode === 'setdata') {
    for (const id of ids) {
      const source = map.getSource(id) as unknown as { getData: () => Promise<Collection> };
      full[id] = await source.getData();
    }
  }
  if (args.region) {
    const [w, s, e, n] = args.region as [number, number, number, number];
    map.fitBounds([w, s, e, n], { animate: false, padding: 20 });
  }

  let apply: (day: number) => void;
  if (args.mode === 'app') {
    if (args.featuresUrl) for (const id of ids) setData(id, full[id]);
    const slider = document.querySelector<HTMLInputElement>('input[aria-label="Date"]');
    if (!slider) throw new Error('no date slider');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    apply = (day) => {
      setValue?.call(slider, String(day));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    };
  } else {
    for (const layer of map.getStyle().layers) {
      if (!('source' in layer) || !ids.includes(layer.source) || !layer.filter) continue;
      const filter = layer.filter as unknown[];
      if (filter[0] !== 'all') continue;
      const kept = filter
        .slice(1)
        .filter((c) => !JSON.stringify(c).includes('"global-state","day"'));
      map.setFilter(layer.id, ['all', ...kept] as never);
    }
    // The event markers' own clause, as the app's filter has it: an event day in d − 6 … d.
    const hasEventInWindow = (days: unknown, day: number) =>
      typeof days !== 'string' ||
      Array.from({ length: args.eventWindowDays }, (_, back) => `,${day - back},`).some((text) =>
        days.includes(text),
      );
    apply = (day) => {
      for (const id of ids) {
        const features = (full[id]?.features ?? []).filter(
          ({ properties: p }) =>
            // Features without an interval (settlement labels) show on every day.
            (p.start_day === undefined || (p.start_day <= day && (p.end_day ?? 0) > day)) &&
            hasEventInWindow((p as Record<string, unknown>).event_days, day),
        );
        setData(id, { type: 'FeatureCollection', features });
      }
    };
  }
  await settle();

  const sync: number[] = [];
  const frame: number[] = [];
  const idle: number[] = [];
  for (const [index, day] of args.days.entries()) {
    // A drag's input arrives at any point of a frame; changing right after a frame would always
    // wait a whole interval for the next one, so the change lands at a seeded random phase.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, (args.phases[index] ?? 0) * 16.7));
    const started = performance.now();
    const rendered = new Promise<number>((resolve) =>
      map.once('render', () => resolve(performance.now() - started)),
    );
    const idled = new Promise<number>((resolve) =>
      map.once('idle', () => resolve(performance.now() - started)),
    );
    apply(day);
    const applied = performance.now() - started;
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`scrub to day ${day} did not reach idle in 60 s`)), 60_000),
    );
    const [f, i] = await Promise.race([Promise.all([rendered, idled]), timeout]);
    if (index === 0 && args.mode === 'app' && map.getGlobalState().day !== day) {
      throw new Error(`slider did not reach the map: day ${String(map.getGlobalState().day)}`);
    }
    if (index >= args.warmup) {
      sync.push(applied);
      frame.push(f);
      idle.push(i);
    }
  }
  const rendered: Record<string, number> = {};
  for (const layer of args.countLayers) {
    const ids = map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.id);
    rendered[layer] = new Set(ids).size;
  }
  return { sync, frame, idle, rendered, finalDay: args.days.at(-1) ?? 0 };
}

/** Scrub days spread evenly over the slider's range, ascending, as a drag across it would be. */
async function scrubDays(page: Page, count: number): Promise<number[]> {
  const range = await page.$eval('input[aria-label="Date"]', (input) => ({
    min: Number((input as HTMLInputElement).min),
    max: Number((input as HTMLInputElement).max),
  }));
  const step = (range.max - range.min) / (count + 1);
  return Array.from({ length: count }, (_, i) => Math.round(range.min + step * (i + 1)));
}

/** One mode's scrub timings and the features it drew at the last day, as a cross-check. */
export interface ScrubResult {
  /** Main-thread time of the change itself (input handler, store, React, map call). */
  sync: Summary;
  frame: Summary;
  idle: Summary;
  rendered: Record<string, number>;
}

/**
 * Opens the app in a fresh page, waits for its overlay, runs `before` (e.g. an import), and times
 * `scrubs` date changes; `countLayers` adds layers to the features counted at the last day.
 */
export async function measureScrub(
  browser: Browser,
  base: string,
  options: {
    mode: ScrubMode;
    scrubs: number;
    featuresPath: string | null;
    before?: (page: Page) => Promise<void>;
    countLayers?: readonly string[];
  },
): Promise<ScrubResult> {
  const { page, close } = await freshPage(browser);
  const featuresUrl = options.featuresPath
    ? new URL('/bench-scale/features.json', base).href
    : null;
  try {
    if (options.featuresPath && featuresUrl) {
      const path = options.featuresPath;
      await page.route(featuresUrl, (route) =>
        route.fulfill({ path, contentType: 'application/json' }),
      );
    }
    if (options.featuresPath || options.mode === 'setdata') {
      // Runs that setData every source need GeoJSON cells, not the build's tiles: with no
      // content hashes the page checks the data itself and builds every collection as GeoJSON.
      await page.route('**/data/content-hashes.json', (route) =>
        route.fulfill({ body: '{}', contentType: 'application/json' }),
      );
    }
    await page.goto(new URL('/', base).href);
    await page.waitForFunction(
      (id) => {
        const map = window.__map;
        return Boolean(
          map?.loaded() && map.getSource(id) && map.querySourceFeatures(id).length > 0,
        );
      },
      OVERLAY_SOURCES.places,
      { timeout: 60_000, polling: 100 },
    );
    await options.before?.(page);
    const warmup = 3;
    const days = await scrubDays(page, options.scrubs + warmup);
    const random = seededRandom(5);
    const result = await page.evaluate(scrubInPage, {
      mode: options.mode,
      days,
      phases: days.map(() => random()),
      warmup,
      featuresUrl,
      region: featuresUrl ? [...REGION_BBOX] : null,
      sources: { ...OVERLAY_SOURCES },
      eventWindowDays: EVENT_WINDOW_DAYS,
      countLayers: [
        ...['settlements-circle', 'events-marker', 'evacuations-ring'],
        ...ZONE_AREA_LAYERS.zones,
        ...(options.countLayers ?? []),
      ],
    });
    return {
      sync: summarise(result.sync),
      frame: summarise(result.frame),
      idle: summarise(result.idle),
      rendered: result.rendered,
    };
  } finally {
    await close();
  }
}
