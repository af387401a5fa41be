import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSessionFixture } from './harness';

const app = appSessionFixture();
const DIST = join(import.meta.dirname, '..', '..', 'dist');

const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

async function chartRoot(page: Page) {
  const chart = page.getByTestId('area-chart');
  await chart.scrollIntoViewIfNeeded();
  const root = chart.locator('.uplot');
  await root.waitFor({ timeout: 20_000 });
  return root;
}

const sliderDay = (page: Page) => page.getByRole('slider').first().inputValue().then(Number);

describe('the area chart in the panel', () => {
  it('draws its cursor at the slider date and shows the published figures', async () => {
    const driver = await app.openReady('/?date=2024-10-01');
    const { page } = driver;
    const root = await chartRoot(page);
    expect(await sliderDay(page)).toBe(toDay('2024-10-01'));
    await expect(root.getAttribute('data-cursor-day')).resolves.toBe(String(toDay('2024-10-01')));
    const figures = JSON.parse((await root.getAttribute('data-figures')) ?? '[]') as unknown[];
    expect(figures.length).toBeGreaterThan(5);
    await expect(page.getByTestId('area-chart-legend').innerText()).resolves.toMatch(/published/);
    await driver.screenshot('area-chart-1280x800');
  });

  it('sets the date where it is clicked, through the store as the slider does', async () => {
    const driver = await app.openReady('/?date=2024-10-01');
    const { page } = driver;
    const root = await chartRoot(page);
    const over = root.locator('.u-over');
    const box = await over.boundingBox();
    if (!box) throw new Error('no plot area');
    await over.click({ position: { x: box.width * 0.85, y: 4 } });
    const day = await sliderDay(page);
    expect(day).toBeGreaterThan(toDay('2025-01-01'));
    await expect(root.getAttribute('data-cursor-day')).resolves.toBe(String(day));
    // The URL follows the store, throttled, as it does for the slider.
    await page.waitForFunction(() => !location.search.includes('date=2024-10-01'));
  });

  it('opens a published figure’s sources when its point is clicked', async () => {
    const driver = await app.openReady('/?date=2024-10-01');
    const { page } = driver;
    const root = await chartRoot(page);
    const [first] = JSON.parse((await root.getAttribute('data-figures')) ?? '[]') as {
      x: number;
      y: number;
    }[];
    if (!first) throw new Error('no figure drawn');
    await root.locator('.u-over').click({ position: { x: first.x, y: first.y } });
    const source = page.getByTestId('area-chart-figure');
    await expect(source.locator('a').first().getAttribute('href')).resolves.toMatch(/^https?:/);
    expect(await sliderDay(page)).toBe(toDay('2024-10-01'));
  });

  it('fits a phone screen', async () => {
    const driver = await app.openReady('/?date=2024-10-01', { width: 375, height: 812 });
    const { page } = driver;
    await page.getByRole('button', { name: 'Show evidence' }).click();
    const root = await chartRoot(page);
    const box = await root.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    await driver.screenshot('area-chart-375x812');
  });
});

describe('the production build', () => {
  it('keeps uPlot out of the chunks the first paint loads', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) {
      expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('u-legend');
    }
    const all = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(
      all.some((f) => readFileSync(join(DIST, 'assets', f), 'utf8').includes('u-legend')),
    ).toBe(true);
    expect(html).not.toContain('area-series.json');
  });
});
