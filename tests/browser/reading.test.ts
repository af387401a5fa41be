import { describe, expect, it } from 'vitest';
import { appSessionFixture } from './harness';

const app = appSessionFixture();
const PHONE = { width: 375, height: 812 };

describe("the day's events (issue #13, item 1)", () => {
  it('lists who said what, where and the source on the date, and opens the place at its entry', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const { page } = map;
    const events = page.getByTestId('day-events');
    await expect(events.locator('h2').innerText()).resolves.toBe('Reported on 13 Mar 2025');
    const items = events.getByTestId('day-event');
    await expect(items.count()).resolves.toBe(15);
    const isw = items.filter({ hasText: 'Institute for the Study of War' });
    await expect(isw.count()).resolves.toBe(1);
    const text = await isw.innerText();
    expect(text).toMatch(/Control claim/);
    expect(text).toMatch(/Sudzha/);
    expect(text).toMatch(/published/);
    await map.screenshot('home-1280');
    await isw.getByRole('button', { name: 'Sudzha' }).click();
    const panel = await map.openPanel('place-panel');
    await expect(panel.locator('h2').innerText()).resolves.toBe('Sudzha');
    const selected = panel.locator('[data-selected]');
    await expect(selected.count()).resolves.toBe(1);
    await expect(selected.innerText()).resolves.toMatch(/Institute for the Study of War/);
    expect(await selected.isVisible()).toBe(true);
  });

  it('follows the date while playing step by event, each event on screen at least 1.5 s', async () => {
    const map = await app.openReady('/?date=2025-03-10');
    const { page } = map;
    await page.getByRole('switch', { name: 'Step by event' }).check();
    await page.getByRole('radio', { name: 'Fast' }).check();
    await page.getByTestId('play-button').click();
    const seen = await page.evaluate(
      () =>
        new Promise<{ at: number; date: string; heading: string }[]>((resolve) => {
          const out: { at: number; date: string; heading: string }[] = [];
          let last = '';
          const started = performance.now();
          const poll = () => {
            const date = document
              .querySelector('[data-testid="selected-date"] time')
              ?.getAttribute('datetime');
            const heading =
              document.querySelector('[data-testid="day-events"]')?.getAttribute('data-date') ?? '';
            if (date && date !== last) {
              last = date;
              out.push({ at: performance.now(), date, heading });
            }
            if (out.length >= 4 || performance.now() - started > 15_000) resolve(out);
            else requestAnimationFrame(poll);
          };
          poll();
        }),
    );
    await map.screenshot('playback-1280');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const gaps = seen.slice(2).map((s, i) => s.at - seen[i + 1]!.at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1400);
    // Paused, the list names the day the slider shows (a frame after the map gets it).
    await page.getByTestId('play-button').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const date = document
            .querySelector('[data-testid="selected-date"] time')
            ?.getAttribute('datetime');
          const heading = document
            .querySelector('[data-testid="day-events"]')
            ?.getAttribute('data-date');
          return date !== undefined && date === heading;
        }),
      )
      .toBe(true);
  });
});

describe('playback on a phone (issue #13, item 1)', () => {
  it('keeps the date, the controls and the day’s events readable while playing', async () => {
    const map = await app.openReady('/?date=2025-03-10', PHONE);
    const { page } = map;
    await page.getByRole('button', { name: 'Show evidence' }).click();
    await page.getByRole('switch', { name: 'Step by event' }).check();
    await page.getByTestId('play-button').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="day-events"]')?.getAttribute('data-date') !==
        '2025-03-10',
    );
    await map.screenshot('playback-375');
    await expect(page.getByTestId('day-events').isVisible()).resolves.toBe(true);
    await page.getByTestId('play-button').click();
  });
});

describe('history (issue #13, item 2)', () => {
  it('pushes one entry per settled date and per place or zone, and Back/Forward restore them', async () => {
    const map = await app.openReady('/?date=2025-03-13&view=ru-mod#map=11/51.19/35.27');
    const { page } = map;
    const length = () => page.evaluate(() => history.length);
    const search = () => page.evaluate(() => location.search);
    const start = await length();
    // A scrub of five days is one entry once it settles.
    await map.pressOnSlider('ArrowRight', 5);
    await page.waitForFunction(() => location.search.includes('date=2025-03-18'));
    await page.waitForTimeout(300);
    expect(await length()).toBe(start + 1);
    await map.selectPlaceInList('Sudzha', 'Sudzha');
    await page.waitForFunction(() => location.search.includes('place=sudzha'));
    expect(await length()).toBe(start + 2);
    await page.getByRole('button', { name: 'Back to all places' }).click();
    const target = await map.pointOf([35.2706, 51.1914], { x: -20, y: 80 });
    await map.clickZone(target);
    await page.waitForFunction(() => location.search.includes('zone=ru-mod.'));
    expect(await length()).toBe(start + 4);
    const zoneSearch = await search();

    await page.goBack();
    await page.getByTestId('place-list').waitFor();
    expect(await search()).toBe('?date=2025-03-18&view=ru-mod&lang=en');
    await page.goBack();
    expect((await map.readPlacePanel()).title).toBe('Sudzha');
    await page.goBack();
    await page.getByTestId('place-list').waitFor();
    await expect(page.getByTestId('selected-date').innerText()).resolves.toContain('18 March 2025');
    await page.goBack();
    await page.waitForFunction(() => location.search === '?date=2025-03-13&view=ru-mod&lang=en');
    await expect(page.getByTestId('selected-date').innerText()).resolves.toContain('13 March 2025');
    for (let i = 0; i < 4; i++) await page.goForward();
    await map.openPanel('zone-panel');
    expect(await search()).toBe(zoneSearch);
  });

  it('opens a zone from its deep link', async () => {
    const map = await app.openReady('/?date=2025-03-13&view=ru-mod&zone=ru-mod.ru');
    const panel = await map.openPanel('zone-panel');
    await expect(panel.innerText()).resolves.toContain('Sudzha');
  });
});

describe('search (issue #13, item 3)', () => {
  it('is a combobox: arrows move the highlight, Enter opens it, Escape clears', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const { page } = map;
    const box = page.getByRole('combobox', { name: 'Search places' });
    await box.fill('sudzha');
    const active = async () => {
      const id = await box.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"]`).locator('.ep-place__name').innerText() : null;
    };
    await expect(active()).resolves.toBe('Sudzha');
    await box.press('ArrowDown');
    const second = await active();
    expect(second).not.toBe('Sudzha');
    await box.press('ArrowUp');
    await expect(active()).resolves.toBe('Sudzha');
    await box.press('Escape');
    await expect(box.inputValue()).resolves.toBe('');
    await box.fill('Myropillya');
    await box.press('Enter');
    expect((await map.readPlacePanel()).title).toBe('Myropillia');
  });

  it('forgives typos, transliterations and a stray Cyrillic letter', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const { page } = map;
    const box = page.getByRole('combobox', { name: 'Search places' });
    const first = () =>
      page.getByTestId('place-list').getByRole('option').first().locator('.ep-place__name');
    for (const [query, name] of [
      ['Sudzh\u0430', 'Sudzha'],
      ['Sudhza', 'Sudzha'],
      ['Sudja', 'Sudzha'],
      ['Miropolye', 'Myropillia'],
    ] as const) {
      await box.fill(query);
      await expect(first().innerText(), query).resolves.toBe(name);
    }
  });
});

describe('the place panel (issue #13, item 4)', () => {
  it('leads with the claims, puts disagreeing sides side by side, one entry per claim', async () => {
    const map = await app.openReady('/?date=2025-03-13&place=sudzha');
    const panel = await map.openPanel('place-panel');
    const headings = await panel.locator('h3').allInnerTexts();
    expect(headings[0]).toBe('Claimed status as of 13 Mar 2025');
    expect(headings[1]).toBe('History on record');
    expect(headings[headings.length - 1]).toBe('Names, location and record sources');
    // Side by side: one column per side, level with each other.
    const columns = panel.getByTestId('claim-columns').locator('section');
    const boxes = await Promise.all((await columns.all()).map((column) => column.boundingBox()));
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < boxes.length; i++) {
      expect(Math.abs(boxes[i]!.y - boxes[0]!.y)).toBeLessThan(2);
      expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width - 1);
    }
    const columnHeadings = await columns.locator('h4').allInnerTexts();
    expect(columnHeadings.slice(0, 2)).toEqual([
      'Claimed held by Russia',
      'Claimed held by Ukraine',
    ]);
    for (const entry of await columns.locator('li.ep-claim').allInnerTexts()) {
      expect(entry).toMatch(/^.+ claims: (held by|contested)/);
    }
    // No heading is a bare side name.
    const allHeadings = await panel.locator('h2, h3, h4, .ep-claim__side').allInnerTexts();
    for (const text of allHeadings) expect(text.trim()).not.toMatch(/^(russia|ukraine)$/i);
    const text = await panel.innerText();
    expect(text).not.toContain('Control claim record');
    // One entry per event about Sudzha; a claim made in one is inside it, not listed again.
    const expected = await map.page.evaluate(async () => {
      const events = (await (await fetch('/data/events.json')).json()) as {
        id: string;
        places: string[];
      }[];
      const claims = (await (await fetch('/data/claims.json')).json()) as {
        place: string;
        event?: string;
      }[];
      const ids = new Set(events.filter((e) => e.places.includes('sudzha')).map((e) => e.id));
      const alone = claims.filter((c) => c.place === 'sudzha' && !ids.has(c.event ?? ''));
      return ids.size + alone.length;
    });
    await expect(panel.getByTestId('history-entry').count()).resolves.toBe(expected);
    await map.screenshot('place-1280');
  });
});

describe('layers and labels (issue #13, item 5)', () => {
  it('keeps the basemap town names when the settlements are switched off', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const names = async () => (await map.rendered('basemap-town-label')).map((p) => String(p.name));
    expect(await names()).not.toContain('Sudzha');
    await map.openLegend();
    await map.page.getByRole('checkbox', { name: /Settlements/ }).uncheck();
    await map.waitForIdle();
    expect(await names()).toContain('Sudzha');
  });

  it('labels each evacuation order once, folds the legend to a strip, and frames the labels', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const labels = (await map.rendered('evacuations-label')).map((p) => String(p.label));
    expect(labels).toHaveLength(1);
    const legend = map.page.getByTestId('legend');
    await expect(legend.getAttribute('open')).resolves.toBeNull();
    const folded = await legend.boundingBox();
    expect(folded!.height).toBeLessThan(50);
    await expect(legend.innerText()).resolves.toMatch(/Russia.*Ukraine.*disagree/s);
    // The opening view leaves room above the northernmost framed place for its zone label.
    const top = await map.pointOf([34.9, 51.4119]);
    expect(top.y).toBeGreaterThanOrEqual(85);
    await legend.locator('summary').click();
    await expect(legend.getAttribute('open')).resolves.toBe('');
  });

  it('lets a long label give way at overview zooms and draws it, wrapped, close in', async () => {
    const monastery = 'gornal_monastery';
    const far = await app.openReady('/?date=2025-03-13#map=10.3/51.1/35.25');
    expect(await far.rendered('settlements-label', monastery)).toEqual([]);
    // Its neighbours' short names still show at that zoom.
    expect(await far.rendered('settlements-label', 'sudzha')).not.toEqual([]);
    await far.page.evaluate(() => window.__map!.jumpTo({ zoom: 12, center: [35.23, 51.07] }));
    await far.waitForIdle();
    expect(await far.rendered('settlements-label', monastery)).not.toEqual([]);
    await far.screenshot('long-label-zoom-12');
  });
});

describe('accessibility (issue #13, item 6)', () => {
  it('skips to the timeline and the panel, moves focus on open and back, Escape closes', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const { page } = map;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { id: el?.id ?? '', tag: el?.tagName ?? '', text: el?.innerText ?? '' };
      });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ text: 'Skip to the timeline' });
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toMatchObject({ id: 'date-slider' });
    // The second skip link, right after the first, goes to the panel.
    await page.getByRole('link', { name: 'Skip to the timeline' }).focus();
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ text: 'Skip to the evidence panel' });
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toMatchObject({ id: 'evidence-panel' });

    const box = page.getByRole('combobox', { name: 'Search places' });
    await box.fill('Sudzha');
    await box.press('Enter');
    await map.openPanel('place-panel');
    await expect(focused()).resolves.toMatchObject({ tag: 'H2', text: 'Sudzha' });
    await page.keyboard.press('Escape');
    await page.getByTestId('place-list').waitFor();
    const back = await focused();
    expect(back.id).toBe('place-list-place-sudzha');
    expect(back.text).toMatch(/claims disagree|claimed held by/);
  });

  it('returns focus to the place just closed, by any route, never to one closed earlier', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const { page } = map;
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    await map.selectPlaceInList('Sudzha', 'Sudzha');
    await page.keyboard.press('Escape');
    await page.getByTestId('place-list').waitFor();
    await expect(focusedId()).resolves.toBe('place-list-place-sudzha');
    // Closed by the browser's Back this time: Korenevo, not Sudzha, gets the focus.
    await map.selectPlaceInList('Korenevo', 'Korenevo');
    await page.goBack();
    await page.getByTestId('place-list').waitFor();
    await expect.poll(focusedId).toBe('place-list-place-korenevo');
  });

  it('states each listed place’s status on the date', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    const statuses = await map.page.getByTestId('place-status').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(100);
    expect(new Set(statuses)).toContain('claims disagree');
    expect(new Set(statuses)).toContain('no claim on record');
  });

  it('has no serious or critical axe violations on desktop: home and a place open', async () => {
    const map = await app.openReady('/?date=2025-03-13');
    expect(await map.axeViolations()).toEqual([]);
    await map.selectPlaceInList('Sudzha', 'Sudzha');
    expect(await map.axeViolations()).toEqual([]);
  });

  it('has no serious or critical axe violations on a phone, and 44 px tap targets', async () => {
    const map = await app.openReady('/?date=2025-03-13', PHONE);
    await map.screenshot('home-375');
    expect(await map.axeViolations()).toEqual([]);
    expect(await map.smallTapTargets()).toEqual([]);
    await map.page.getByRole('button', { name: 'Show evidence' }).click();
    await map.selectPlaceInList('Sudzha', 'Sudzha');
    await map.screenshot('place-375');
    expect(await map.axeViolations()).toEqual([]);
    expect(await map.smallTapTargets()).toEqual([]);
  });
});
