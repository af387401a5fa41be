import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/data/dates';
import { appSessionFixture } from './harness';

const app = appSessionFixture();

describe('URL state', () => {
  it('restores date, place, claims view and camera from a deep link', async () => {
    const map = await app.openReady(
      '/?date=2024-08-20&place=sudzha&view=ru-mod&layers=settlements,zones#map=10.5/51.19/35.27',
    );
    expect(await map.globalState()).toMatchObject({
      day: toDayNumber('2024-08-20'),
      view: 'ru-mod',
      selectedPlace: 'sudzha',
    });
    expect((await map.readPlacePanel()).title).toBe('Sudzha');
    const { page } = map;
    await map.openLegend();
    await expect(page.getByTestId('legend').locator('select').inputValue()).resolves.toBe('ru-mod');
    await expect(
      page.getByRole('checkbox', { name: /Evacuation orders/ }).isChecked(),
    ).resolves.toBe(false);
    const camera = await page.evaluate(() => {
      const instance = window.__map!;
      return { zoom: instance.getZoom(), ...instance.getCenter() };
    });
    expect(camera.zoom).toBeCloseTo(10.5, 1);
    expect(camera.lat).toBeCloseTo(51.19, 2);
    expect(camera.lng).toBeCloseTo(35.27, 2);
    const views = (await map.rendered('settlements-circle')).map((p) => p.view);
    expect(new Set(views)).toEqual(new Set(['ru-mod']));
  });

  it('opens the default view for a garbage query string and hash', async () => {
    const map = await app.openReady(
      '/?date=2025-02-30&place=%3Cscript%3E&view=../../x&layers=%%%&zzz=1#map=nan/x/y',
    );
    expect(await map.globalState()).toMatchObject({
      day: toDayNumber('2025-03-13'),
      view: 'all',
      selectedPlace: '',
    });
    const { page } = map;
    await map.openLegend();
    await expect(page.getByTestId('place-panel').count()).resolves.toBe(0);
    for (const name of [/Settlements/, /Evacuation orders/, /Claimed control zones/, /Events/]) {
      await expect(page.getByRole('checkbox', { name }).isChecked()).resolves.toBe(true);
    }
    expect((await map.rendered('settlements-circle', 'sudzha')).length).toBeGreaterThan(0);
    await page.waitForFunction(() => location.search === '?date=2025-03-13&lang=en');
  });
});

describe('layout', () => {
  it('desktop 1280×800: map, legend, panel column and timeline side by side', async () => {
    const map = await app.openReady('/?date=2025-03-13&place=sudzha');
    const box = (id: string) => map.page.getByTestId(id).boundingBox();
    const [canvas, sheet, timeline] = await Promise.all([
      box('map'),
      box('evidence-sheet'),
      box('timeline'),
    ]);
    expect(sheet?.width).toBeGreaterThanOrEqual(360);
    expect((canvas?.x ?? 0) + (canvas?.width ?? 0)).toBeLessThanOrEqual((sheet?.x ?? 0) + 1);
    expect(timeline?.y).toBeGreaterThanOrEqual((canvas?.y ?? 0) + (canvas?.height ?? 0) - 1);
    await map.screenshot('desktop-1280x800');
  });

  it('phone 375×812: bottom sheet opens on selection without covering the slider', async () => {
    const map = await app.openReady('/?date=2025-03-13', { width: 375, height: 812 });
    await map.screenshot('phone-375x812');
    const { page } = map;
    const slider = page.getByTestId('date-slider');
    await page.getByRole('button', { name: 'Show evidence' }).click();
    await map.selectPlaceInList('Sudzha', 'Sudzha');
    const [sheet, sliderBox] = await Promise.all([
      page.getByTestId('evidence-sheet').boundingBox(),
      slider.boundingBox(),
    ]);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeLessThanOrEqual((sliderBox?.y ?? 0) + 1);
    expect(sliderBox?.height).toBeGreaterThanOrEqual(24);
    await map.waitForIdle();
    await map.screenshot('phone-375x812-sudzha');
    await page.getByRole('button', { name: 'Hide evidence' }).click();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.search.includes('date=2025-03-12'));
  });

  it('phone 375×812: a linked place opens the sheet, and the map keeps the size it was framed at when the panel fills in', async () => {
    const map = await app.open('/data/claimants.json', { width: 375, height: 812 });
    // Records the map container's size when the page creates the map (the panel renders later).
    await map.page.addInitScript(`(() => {
      let current;
      Object.defineProperty(window, '__map', { configurable: true, get: () => current, set: (m) => {
        current = m;
        if (m) window.__createdSize = [m.getContainer().clientWidth, m.getContainer().clientHeight];
      } });
    })();`);
    await map.goto('/?date=2025-03-13&place=sudzha');
    await map.waitForEvidence();
    expect((await map.readPlacePanel()).title).toBe('Sudzha');
    const sizes = await map.page.evaluate(() => {
      const container = window.__map!.getContainer();
      const created = (window as Window & { __createdSize?: number[] }).__createdSize;
      return { created, now: [container.clientWidth, container.clientHeight] };
    });
    expect(sizes.created).toEqual(sizes.now);
    // Framed on the front although the sheet leaves the map ~145 px: not a world map (zoom 0).
    const zoom = await map.page.evaluate(() => window.__map!.getZoom());
    expect(zoom).toBeGreaterThan(6);
    await map.screenshot('phone-375x812-linked-place');
  });
});
