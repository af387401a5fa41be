import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readyPageOpener, screenshot, waitForMapIdle } from './harness';

const SUDZHA: [number, number] = [35.2706, 51.1914];

const openReady = readyPageOpener();

/** Rendered properties of one layer's features, optionally for one place. */
function rendered(page: Page, layer: string, placeId?: string) {
  return page.evaluate(
    ({ layer, placeId }) =>
      window
        .__map!.queryRenderedFeatures({ layers: [layer] })
        .map((f) => f.properties)
        .filter((p) => placeId === undefined || p.placeId === placeId),
    { layer, placeId },
  );
}

/** Moves the date with the keyboard only, as a keyboard user would. */
async function pressOnSlider(page: Page, key: string, times: number) {
  await page.getByTestId('date-slider').focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  await waitForMapIdle(page);
}

describe('the map', () => {
  it('reaches idle with the basemap border and bilingual settlement labels', async () => {
    const page = await openReady('/?date=2025-03-13');
    const border = await page.evaluate(
      () => window.__map!.queryRenderedFeatures({ layers: ['basemap-border-line'] }).length,
    );
    expect(border).toBeGreaterThan(0);
    const labels = await rendered(page, 'settlements-label', 'sudzha');
    expect(labels[0]).toMatchObject({ name_en: 'Sudzha', name_native: 'Суджа' });
    await screenshot(page, 'desktop-2025-03-13');
  });

  it("shows Sudzha as Ukraine's claim on 12 Mar 2025 and disputed once the RU MoD claims it", async () => {
    const page = await openReady('/?date=2025-03-12');
    expect((await rendered(page, 'settlements-circle', 'sudzha'))[0]).toMatchObject({
      view: 'all',
      status: 'ua',
    });
    await pressOnSlider(page, 'ArrowRight', 1);
    const after = (await rendered(page, 'settlements-circle', 'sudzha'))[0];
    expect(after).toMatchObject({ view: 'all', status: 'disputed' });
    expect(String(after?.claimants)).toContain('ru-mod');
  });

  it('opens the MoD claim with its verbatim seed excerpt and citation when Sudzha is clicked', async () => {
    const page = await openReady('/?date=2025-03-13');
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    const point = await page.evaluate((lngLat) => window.__map!.project(lngLat), SUDZHA);
    await page.mouse.click((canvas?.x ?? 0) + point.x, (canvas?.y ?? 0) + point.y);
    const panel = page.getByTestId('place-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').innerText()).resolves.toBe('Sudzha');
    await expect(panel.innerText()).resolves.toContain('Russian Ministry of Defence');
    const figure = panel.locator('figure', { hasText: 'driven Ukrainian forces out' }).first();
    await expect(figure.locator('blockquote').innerText()).resolves.toContain(
      'claimed on Thursday to have driven Ukrainian forces out of the town of Sudzha',
    );
    await expect(figure.innerText()).resolves.toContain('topstorygenz.com');
    await waitForMapIdle(page);
    const ring = await rendered(page, 'settlements-selected', 'sudzha');
    expect(ring.length).toBeGreaterThan(0);
    await screenshot(page, 'desktop-sudzha-selected');
  });

  it("opens a claimant's zone when the zone is clicked away from its settlements", async () => {
    const page = await openReady('/?date=2025-03-13&view=ru-mod#map=11/51.19/35.27');
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    const point = await page.evaluate((lngLat) => window.__map!.project(lngLat), SUDZHA);
    // Inside Sudzha's zone (a few km across at z11) but clear of the settlement markers.
    const target = { x: point.x - 20, y: point.y + 80 };
    const zones = await page.evaluate(
      (p) => window.__map!.queryRenderedFeatures([p.x, p.y], { layers: ['zones-area'] }).length,
      target,
    );
    expect(zones).toBeGreaterThan(0);
    await page.mouse.click((canvas?.x ?? 0) + target.x, (canvas?.y ?? 0) + target.y);
    const panel = page.getByTestId('zone-panel');
    await panel.waitFor();
    await expect(panel.innerText()).resolves.toContain('Sudzha');
  });

  it('changes the settlements and zones drawn when scrubbing from 5 to 20 Aug 2024', async () => {
    const page = await openReady('/?date=2024-08-05');
    const snapshot = async () => ({
      places: (await rendered(page, 'settlements-circle'))
        .map((p) => `${p.placeId}:${p.status}`)
        .sort(),
      zones: (await rendered(page, 'zones-area')).length,
    });
    const before = await snapshot();
    await pressOnSlider(page, 'ArrowRight', 15);
    await expect(page.getByTestId('selected-date').innerText()).resolves.toContain(
      '20 August 2024',
    );
    const after = await snapshot();
    expect(after.places).not.toEqual(before.places);
    expect(after.zones).toBeGreaterThan(before.zones);
    expect(after.places.some((p) => p.endsWith(':ua'))).toBe(true);
    await screenshot(page, 'desktop-2024-08-20');
  });

  it('is operable by keyboard alone: arrows move a day, Home/End jump to the ends', async () => {
    const page = await openReady('/?date=2025-03-13');
    const day = () => page.evaluate(() => window.__map!.getGlobalState().day as number);
    const start = await day();
    await pressOnSlider(page, 'ArrowLeft', 3);
    expect(await day()).toBe(start - 3);
    await page.keyboard.press('ArrowRight');
    expect(await day()).toBe(start - 2);
    await page.keyboard.press('Home');
    expect(await day()).toBeLessThan(start - 100);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('date') !== null);
    await page.keyboard.press('End');
    expect(await day()).toBeGreaterThan(start);
  });

  it('scrubs by global state alone: no setData, no style reload', async () => {
    const page = await openReady('/?date=2025-03-13');
    await page.evaluate(() => {
      const map = window.__map!;
      const calls = { setData: 0, setStyle: 0, globalState: 0 };
      Object.assign(window, { __calls: calls });
      for (const id of ['evidence-places', 'evidence-zones', 'evidence-events']) {
        const source = map.getSource(id) as unknown as { setData: (...a: unknown[]) => unknown };
        const original = source.setData.bind(source);
        source.setData = (...a) => {
          calls.setData++;
          return original(...a);
        };
      }
      const setStyle = map.setStyle.bind(map);
      map.setStyle = (...a) => {
        calls.setStyle++;
        return setStyle(...a);
      };
      const setGlobal = map.setGlobalStateProperty.bind(map);
      map.setGlobalStateProperty = (...a) => {
        calls.globalState++;
        return setGlobal(...a);
      };
    });
    await pressOnSlider(page, 'ArrowLeft', 10);
    const calls = await page.evaluate(() => (window as unknown as { __calls: object }).__calls);
    expect(calls).toEqual({ setData: 0, setStyle: 0, globalState: 10 });
  });

  it('shows the 13 Mar 2025 evacuation order: 8 settlements, 543 people, and its source', async () => {
    const page = await openReady('/?date=2025-03-13&place=yunakivka');
    const labels = (await rendered(page, 'evacuations-label')).map((p) => String(p.label));
    expect(labels.some((l) => l.includes('8 settlements') && l.includes('543 people'))).toBe(true);
    const panel = page.getByTestId('place-panel');
    const order = panel.locator('.ep-card', { hasText: '543' });
    await expect(order.innerText()).resolves.toMatch(/8 settlements/);
    await expect(order.locator('a[href^="http"]').count()).resolves.toBeGreaterThan(0);
  });

  it('toggles a layer group from the legend and writes it to the URL', async () => {
    const page = await openReady('/?date=2025-03-13');
    await page.getByRole('checkbox', { name: /Claimed control zones/ }).uncheck();
    await page.waitForFunction(() => location.search.includes('layers='));
    await waitForMapIdle(page);
    expect(await rendered(page, 'zones-area')).toEqual([]);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('settlements,evacuations,events');
  });
});
