import { mkdirSync } from 'node:fs';
import axe from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { ZONE_AREA_LAYERS } from '../../src/map/evidence-layers';
import { OVERLAY_SOURCES } from '../../src/map/overlay-expressions';

/** axe-core's browser build, evaluated in the page (not a script tag: the CSP would refuse it). */
const AXE_SOURCE = axe.source;

/** Where screenshots go (git-ignored). */
const SCREENSHOT_DIR = 'artifacts/screenshots';

type Properties = Record<string, unknown>;

/**
 * The app as a reader uses it, for the browser tests: open at a date or place, move the date,
 * select a place, click a zone, read the panel and what the map draws. The specs call these
 * actions; only this class and the session fixture (harness.ts) touch Playwright's page.
 */
export class AppDriver {
  constructor(
    readonly page: Page,
    private readonly base: string,
  ) {}

  /** Navigates this page to `path` of the app (e.g. `/?date=2025-03-13&place=sudzha`). */
  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.base).href);
  }

  /** Waits until the data is loaded, the overlay has features and the map is idle. */
  async waitForEvidence(): Promise<void> {
    await this.page.waitForSelector('[data-status="ready"]', { timeout: 30_000 });
    await this.page.waitForFunction(
      (id) => (window.__map?.querySourceFeatures(id).length ?? 0) > 0,
      OVERLAY_SOURCES.places,
      { timeout: 30_000 },
    );
    await this.waitForIdle();
  }

  /** Resolves once the app's map (window.__map) exists, has loaded and is idle. */
  async waitForIdle(timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(() => Boolean(window.__map?.loaded()), undefined, { timeout });
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__map;
          if (!map) return resolve();
          map.once('idle', () => resolve());
          if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) map.triggerRepaint();
        }),
    );
  }

  /**
   * Serves `/data/<file>` rewritten by `rewrite` (the real file fetched, changed, served; `null`
   * answers 404 as for a missing file), then opens `path`; the page is first parked on a data
   * file so the route is in place before the app loads.
   */
  async openWithDataRewritten(
    file: string,
    rewrite: (text: string) => string | null,
    path = '/',
  ): Promise<void> {
    await this.goto('/data/claimants.json');
    await this.page.route(`**/data/${file}`, async (route) => {
      const response = await route.fetch();
      const body = rewrite(await response.text());
      if (body === null) await route.fulfill({ status: 404, body: 'Not Found' });
      else await route.fulfill({ response, body });
    });
    await this.goto(path);
  }

  /** Waits until the build's service worker controls this page (it has precached the app). */
  async waitForServiceWorker(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
  }

  /** Cuts this page's network (true) or gives it back (false). */
  async setOffline(offline: boolean): Promise<void> {
    await this.page.context().setOffline(offline);
  }

  /** Reloads the page, as a reader pressing F5 would. */
  async reload(): Promise<void> {
    await this.page.reload();
  }

  /** The new-version prompt's text, once it shows. */
  async updatePromptText(): Promise<string> {
    const prompt = this.page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 30_000 });
    return prompt.innerText();
  }

  /** Whether the new-version prompt is on the page. */
  async updatePromptShown(): Promise<boolean> {
    return (await this.page.getByTestId('update-prompt').count()) > 0;
  }

  /** Accepts the new-version prompt and waits for the page to reload into the new build. */
  async acceptUpdate(): Promise<void> {
    const reloaded = this.page.waitForEvent('load', { timeout: 30_000 });
    await this.page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
  }

  /** The service worker registration's state: a worker waiting, and one controlling the page. */
  serviceWorkerState(): Promise<{ waiting: boolean; controlled: boolean }> {
    return this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: Boolean(registration?.waiting),
        controlled: navigator.serviceWorker.controller !== null,
      };
    });
  }

  /** Rendered properties of one or more layers' features, optionally only those of one place. */
  rendered(layer: string | readonly string[], placeId?: string): Promise<Properties[]> {
    const layers = typeof layer === 'string' ? [layer] : [...layer];
    return this.page.evaluate(
      ({ layers, placeId }) =>
        (window.__map?.queryRenderedFeatures({ layers }) ?? [])
          .map((f) => f.properties as Record<string, unknown>)
          .filter((p) => placeId === undefined || p.placeId === placeId),
      { layers, placeId },
    );
  }

  /** Features of an overlay source, loaded whether on screen or not. */
  sourceFeatureCount(source: string): Promise<number> {
    return this.page.evaluate((id) => window.__map?.querySourceFeatures(id).length ?? -1, source);
  }

  /** The style's global state: day, view, selected place. */
  globalState(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() => window.__map!.getGlobalState() as Record<string, unknown>);
  }

  /** Presses `key` on the focused date slider `times` times, as a keyboard user would. */
  async pressOnSlider(key: string, times = 1): Promise<void> {
    await this.page.getByTestId('date-slider').focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
    await this.waitForIdle();
  }

  /** Screen position of a coordinate, moved by `offset` pixels. */
  async pointOf(lngLat: [number, number], offset = { x: 0, y: 0 }) {
    const point = await this.page.evaluate((at) => window.__map!.project(at), lngLat);
    return { x: point.x + offset.x, y: point.y + offset.y };
  }

  /** Clicks the map at a screen position of the canvas. */
  async clickMap(point: { x: number; y: number }): Promise<void> {
    const canvas = await this.page.locator('.maplibregl-canvas').boundingBox();
    await this.page.mouse.click((canvas?.x ?? 0) + point.x, (canvas?.y ?? 0) + point.y);
  }

  /** Clicks a place where the map draws it, and returns the place panel once it is open. */
  async selectPlaceOnMap(lngLat: [number, number]): Promise<Locator> {
    await this.clickMap(await this.pointOf(lngLat));
    return this.openPanel('place-panel');
  }

  /** Zones drawn at a screen position. */
  zonesAt(point: { x: number; y: number }): Promise<number> {
    return this.page.evaluate(
      ({ p, layers }) => window.__map!.queryRenderedFeatures([p.x, p.y], { layers }).length,
      { p: point, layers: ZONE_AREA_LAYERS.zones },
    );
  }

  /** Clicks inside a zone at a screen position, and returns the zone panel once it is open. */
  async clickZone(point: { x: number; y: number }): Promise<Locator> {
    await this.clickMap(point);
    return this.openPanel('zone-panel');
  }

  /** Unfolds the legend (it starts folded below 900 px of height). */
  async openLegend(): Promise<void> {
    const legend = this.page.getByTestId('legend');
    if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
  }

  /** Picks a place from the panel's searchable list. */
  async selectPlaceInList(query: string, name: string): Promise<Locator> {
    await this.page.getByLabel('Search places').fill(query);
    await this.page.getByTestId('place-list').getByText(name, { exact: true }).first().click();
    return this.openPanel('place-panel');
  }

  /** The panel with `testId` (place-panel, zone-panel), once shown. */
  async openPanel(testId: 'place-panel' | 'zone-panel'): Promise<Locator> {
    const panel = this.page.getByTestId(testId);
    await panel.waitFor();
    return panel;
  }

  /** The open place panel's title and text, as a reader sees them. */
  async readPlacePanel(): Promise<{ title: string; text: string }> {
    const panel = await this.openPanel('place-panel');
    return { title: await panel.locator('h2').innerText(), text: await panel.innerText() };
  }

  /** Opens the rejections banner's details and returns its list items as rendered text. */
  async bannerLines(): Promise<string[]> {
    const banner = this.page.getByTestId('rejections-banner');
    await banner.waitFor({ state: 'visible', timeout: 10_000 });
    await banner.locator('summary').click();
    const items = banner.locator('li');
    await items.first().waitFor({ state: 'visible' });
    return items.allInnerTexts();
  }

  /** axe-core's serious and critical violations on the page as it is now: rule id and targets. */
  async axeViolations(): Promise<string[]> {
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
      }
      const results = await axe.run({ resultTypes: ['violations'] });
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
  }

  /** Visible controls (buttons, links, form fields, summaries) smaller than `min` px either way. */
  smallTapTargets(min = 44): Promise<string[]> {
    return this.page.evaluate((min) => {
      const selector =
        'button, a[href], input:not([type="range"]):not([type="radio"]):not([type="checkbox"]), select, summary, [role="option"], label:has(input[type="checkbox"]), label:has(input[type="radio"])';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return false;
          if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth)
            return false;
          if (!element.checkVisibility({ visibilityProperty: true })) return false;
          if (element.closest('.skip-links')) return false;
          return box.width < min - 0.5 || box.height < min - 0.5;
        })
        .map((element) => {
          const box = element.getBoundingClientRect();
          const name = (element.innerText || element.getAttribute('aria-label') || element.tagName)
            .trim()
            .slice(0, 40);
          return `${name} ${Math.round(box.width)}×${Math.round(box.height)}`;
        });
    }, min);
  }

  /** Saves a full-viewport PNG to artifacts/screenshots/<name>.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }
}
