import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readyPageOpener, screenshot, waitForMapIdle } from './harness';

const DEFAULT_DAY = Date.UTC(2025, 2, 13) / 86_400_000;

const openReady = readyPageOpener();

const globalState = (page: Page) =>
  page.evaluate(() => window.__map!.getGlobalState() as Record<string, unknown>);

describe('URL state', () => {
  it('restores date, place, claims view and camera from a deep link', async () => {
    const page = await openReady(
      '/?date=2024-08-20&place=sudzha&view=ru-mod&layers=settlements,zones#map=10.5/51.19/35.27',
    );
    expect(await globalState(page)).toMatchObject({
      day: Date.UTC(2024, 7, 20) / 86_400_000,
      view: 'ru-mod',
      selectedPlace: 'sudzha',
    });
    await expect(page.getByTestId('place-panel').locator('h2').innerText()).resolves.toBe('Sudzha');
    await expect(page.getByTestId('legend').locator('select').inputValue()).resolves.toBe('ru-mod');
    await expect(
      page.getByRole('checkbox', { name: /Evacuation orders/ }).isChecked(),
    ).resolves.toBe(false);
    const camera = await page.evaluate(() => {
      const map = window.__map!;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(camera.zoom).toBeCloseTo(10.5, 1);
    expect(camera.lat).toBeCloseTo(51.19, 2);
    expect(camera.lng).toBeCloseTo(35.27, 2);
    const rendered = await page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['settlements-circle'] })
        .map((f) => f.properties.view),
    );
    expect(new Set(rendered)).toEqual(new Set(['ru-mod']));
  });

  it('opens the default view for a garbage query string and hash', async () => {
    const page = await openReady(
      '/?date=2025-02-30&place=%3Cscript%3E&view=../../x&layers=%%%&zzz=1#map=nan/x/y',
    );
    expect(await globalState(page)).toMatchObject({
      day: DEFAULT_DAY,
      view: 'all',
      selectedPlace: '',
    });
    await expect(page.getByTestId('place-panel').count()).resolves.toBe(0);
    for (const name of [/Settlements/, /Evacuation orders/, /Claimed control zones/, /Events/]) {
      await expect(page.getByRole('checkbox', { name }).isChecked()).resolves.toBe(true);
    }
    const sudzhaOnScreen = await page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['settlements-circle'] })
        .some((f) => f.properties.placeId === 'sudzha'),
    );
    expect(sudzhaOnScreen).toBe(true);
    await page.waitForFunction(() => location.search === '?date=2025-03-13');
  });
});

describe('layout', () => {
  it('desktop 1280×800: map, legend, panel column and timeline side by side', async () => {
    const page = await openReady('/?date=2025-03-13&place=sudzha');
    const box = (id: string) => page.getByTestId(id).boundingBox();
    const [map, sheet, timeline] = await Promise.all([
      box('map'),
      box('evidence-sheet'),
      box('timeline'),
    ]);
    expect(sheet?.width).toBeGreaterThanOrEqual(360);
    expect((map?.x ?? 0) + (map?.width ?? 0)).toBeLessThanOrEqual((sheet?.x ?? 0) + 1);
    expect(timeline?.y).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0) - 1);
    await screenshot(page, 'desktop-1280x800');
  });

  it('phone 375×812: bottom sheet opens on selection without covering the slider', async () => {
    const page = await openReady('/?date=2025-03-13', 375, 812);
    await screenshot(page, 'phone-375x812');
    const slider = page.getByTestId('date-slider');
    await page.getByRole('button', { name: 'Show evidence' }).click();
    await page.getByRole('searchbox').or(page.getByLabel('Search places')).first().fill('Sudzha');
    await page.getByTestId('place-list').getByText('Sudzha', { exact: true }).first().click();
    await page.getByTestId('place-panel').waitFor();
    const [sheet, sliderBox] = await Promise.all([
      page.getByTestId('evidence-sheet').boundingBox(),
      slider.boundingBox(),
    ]);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeLessThanOrEqual((sliderBox?.y ?? 0) + 1);
    expect(sliderBox?.height).toBeGreaterThanOrEqual(24);
    await waitForMapIdle(page);
    await screenshot(page, 'phone-375x812-sudzha');
    await page.getByRole('button', { name: 'Hide evidence' }).click();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.search.includes('date=2025-03-12'));
  });
});
