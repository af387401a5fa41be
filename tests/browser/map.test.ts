import { describe, expect, it } from 'vitest';
import { ZONE_AREA_LAYERS } from '../../src/map/evidence-layers';
import { appSessionFixture } from './harness';

const SUDZHA: [number, number] = [35.2706, 51.1914];

const app = appSessionFixture();

describe('the map', () => {
  it('reaches idle with the basemap border and bilingual settlement labels', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    expect((await map.rendered('basemap-border-line')).length).toBeGreaterThan(0);
    const labels = await map.rendered('settlements-label', 'sudzha');
    expect(labels[0]).toMatchObject({ name_en: 'Sudzha', name_native: 'Суджа' });
    await map.screenshot('desktop-2025-03-13');
  });

  it("shows Sudzha as Ukraine's on 7 Mar 2025 and disputed once the RU MoD claims it", async () => {
    // The combined rule: the most recent claim decides; a contrary claim within 7 days disputes
    // it. Ukrainian statements of 11-12 Mar still dispute the MoD's claim of 13 Mar.
    const map = await app.openReady('/?date=2025-03-07');
    expect((await map.rendered('settlements-circle', 'sudzha'))[0]).toMatchObject({
      view: 'all',
      status: 'ua',
    });
    await map.pressOnSlider('ArrowRight', 6);
    const after = (await map.rendered('settlements-circle', 'sudzha'))[0];
    expect(after).toMatchObject({ view: 'all', status: 'disputed' });
    expect(String(after?.claimants)).toContain('ru-mod');
    expect((await map.rendered(ZONE_AREA_LAYERS.zones, 'sudzha'))[0]).toMatchObject({
      status: 'disputed',
    });
  });

  it('opens the MoD claim with its verbatim seed excerpt and citation when Sudzha is clicked', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const panel = await map.selectPlaceOnMap(SUDZHA);
    const { title, text } = await map.readPlacePanel();
    expect(title).toBe('Sudzha');
    expect(text).toContain('Russian Ministry of Defence');
    const figure = panel.locator('figure', { hasText: 'driven Ukrainian forces out' }).first();
    await expect(figure.locator('blockquote').innerText()).resolves.toContain(
      'claimed on Thursday to have driven Ukrainian forces out of the town of Sudzha',
    );
    await expect(figure.innerText()).resolves.toContain('topstorygenz.com');
    await map.waitForIdle();
    expect((await map.rendered('settlements-selected', 'sudzha')).length).toBeGreaterThan(0);
    await map.screenshot('desktop-sudzha-selected');
  });

  it("opens a claimant's zone when the zone is clicked away from its settlements", async () => {
    const map = await app.openReady('/?date=2025-03-13&view=ru-mod#map=11/51.19/35.27');
    // Inside Sudzha's zone (a few km across at z11) but clear of the settlement markers.
    const target = await map.pointOf(SUDZHA, { x: -20, y: 80 });
    expect(await map.zonesAt(target)).toBeGreaterThan(0);
    const panel = await map.clickZone(target);
    await expect(panel.innerText()).resolves.toContain('Sudzha');
  });

  it('changes the settlements and zones drawn when scrubbing from 5 to 20 Aug 2024', async () => {
    const map = await app.openReady('/?date=2024-08-05');
    const snapshot = async () => ({
      places: (await map.rendered('settlements-circle'))
        .map((p) => `${String(p.placeId)}:${String(p.status)}`)
        .sort(),
      zones: (await map.rendered(ZONE_AREA_LAYERS.zones)).length,
    });
    const before = await snapshot();
    await map.pressOnSlider('ArrowRight', 15);
    await expect(map.page.getByTestId('selected-date').innerText()).resolves.toContain(
      '20 August 2024',
    );
    const after = await snapshot();
    expect(after.places).not.toEqual(before.places);
    expect(after.zones).toBeGreaterThan(before.zones);
    expect(after.places.some((p) => p.endsWith(':ua'))).toBe(true);
    await map.screenshot('desktop-2024-08-20');
  });

  it('is operable by keyboard alone: arrows move a day, Home/End jump to the ends', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const day = async () => (await map.globalState()).day as number;
    const start = await day();
    await map.pressOnSlider('ArrowLeft', 3);
    expect(await day()).toBe(start - 3);
    await map.page.keyboard.press('ArrowRight');
    expect(await day()).toBe(start - 2);
    await map.page.keyboard.press('Home');
    expect(await day()).toBeLessThan(start - 100);
    await map.page.waitForFunction(() => new URLSearchParams(location.search).get('date') !== null);
    await map.page.keyboard.press('End');
    expect(await day()).toBeGreaterThan(start);
  });

  it('scrubs by global state alone: no setData, no new tiles URL, no style reload', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    await map.page.evaluate(() => {
      const instance = window.__map!;
      const calls = { setData: 0, setStyle: 0, globalState: 0 };
      Object.assign(window, { __calls: calls });
      for (const id of ['evidence-places', 'evidence-zones', 'evidence-events']) {
        const source = instance.getSource(id) as unknown as Record<
          string,
          (...a: unknown[]) => unknown
        >;
        // The cells are the build's vector tiles: their reload would be a new tiles URL.
        const method = 'setData' in source ? 'setData' : 'setTiles';
        const original = source[method]!.bind(source);
        source[method] = (...a) => {
          calls.setData++;
          return original(...a);
        };
      }
      const setStyle = instance.setStyle.bind(instance);
      instance.setStyle = (...a) => {
        calls.setStyle++;
        return setStyle(...a);
      };
      const setGlobal = instance.setGlobalStateProperty.bind(instance);
      instance.setGlobalStateProperty = (...a) => {
        calls.globalState++;
        return setGlobal(...a);
      };
    });
    await map.pressOnSlider('ArrowLeft', 10);
    const calls = await map.page.evaluate(() => (window as unknown as { __calls: object }).__calls);
    expect(calls).toEqual({ setData: 0, setStyle: 0, globalState: 10 });
  });

  it('shows the 13 Mar 2025 evacuation order: 8 settlements, 543 people, and its source', async () => {
    const map = await app.openReady('/?date=2025-03-13&place=yunakivka');
    const labels = (await map.rendered('evacuations-label')).map((p) => String(p.label));
    expect(labels.some((l) => l.includes('8 settlements') && l.includes('543 people'))).toBe(true);
    const panel = await map.openPanel('place-panel');
    const order = panel.locator('.ep-card', { hasText: '543' });
    await expect(order.innerText()).resolves.toMatch(/8 settlements/);
    await expect(order.locator('a[href^="http"]').count()).resolves.toBeGreaterThan(0);
  });

  it('toggles a layer group from the legend and writes it to the URL', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    await map.openLegend();
    await map.page.getByRole('checkbox', { name: /Claimed control zones/ }).uncheck();
    await map.page.waitForFunction(() => location.search.includes('layers='));
    await map.waitForIdle();
    expect(await map.rendered(ZONE_AREA_LAYERS.zones)).toEqual([]);
    expect(new URL(map.page.url()).searchParams.get('layers')).toBe(
      'settlements,evacuations,implied,events',
    );
  });
});
