import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/catalogs/en.json';
import uk from '../../src/i18n/catalogs/uk.json';
import ru from '../../src/i18n/catalogs/ru.json';
import type { AppDriver } from './driver';
import { appSessionFixture } from './harness';

const app = appSessionFixture();
const PHONE = { width: 375, height: 812 };
const CATALOGS = { uk, ru };

/**
 * English interface phrases that must not survive a switch: every catalog message of two words
 * or more with no placeholder (single words such as "Russia" also occur in claimant names).
 */
const ENGLISH_PHRASES = Object.values(en).filter(
  (text) => !text.includes('{') && text.trim().includes(' '),
);

/**
 * Evidence is shown as sourced, in its own language: quotes, summaries, notes, claimant names
 * and citations are left out of the interface text the test reads.
 */
const EVIDENCE = [
  'blockquote',
  '.ep-entry__summary',
  '.ep-entry__actor',
  '.ep-source',
  '.ep-facts__citation',
  '.ep-card .ep-muted',
  '.ep-unlocated span',
  'option',
].join(',');

/** The visible text of the timeline, the legend and the evidence panel, evidence removed. */
async function interfaceText(driver: AppDriver): Promise<string> {
  return driver.page.evaluate((evidence) => {
    const parts = ['timeline', 'legend', 'evidence-panel', 'evidence-sheet'].map((id) => {
      const element = document.querySelector(`[data-testid="${id}"]`);
      if (!(element instanceof HTMLElement)) return '';
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(evidence).forEach((node) => node.remove());
      const labels = [...copy.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap(
        (node) => ['aria-label', 'title', 'placeholder'].map((name) => node.getAttribute(name)),
      );
      copy.style.position = 'absolute';
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return [text, ...labels].join('\n');
    });
    return parts.join('\n');
  }, EVIDENCE);
}

describe.each(['uk', 'ru'] as const)('lang=%s', (lang) => {
  const say = CATALOGS[lang];

  it('renders the timeline, legend and place panel with no English interface string', async () => {
    const driver = await app.openReady(`/?date=2025-03-13&place=sudzha&lang=${lang}`);
    await driver.openLegend();
    await driver.page.getByTestId('place-panel').waitFor();
    const text = await interfaceText(driver);
    expect(ENGLISH_PHRASES.filter((phrase) => text.includes(phrase))).toEqual([]);
    for (const key of [
      'legend.claimsShown',
      'legend.layers',
      'timeline.stepByEvent',
      'panel.history.heading',
      'panel.facts.native',
    ] as const) {
      expect(text).toContain(say[key]);
    }
    expect(text).toContain(lang === 'uk' ? '13 березня 2025' : '13 марта 2025');
    expect(await driver.page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await driver.screenshot(`lang-${lang}-1280x800`);
  });

  it('renders the day’s events and the place list in the language, on a phone', async () => {
    const driver = await app.openReady(`/?date=2024-08-27&lang=${lang}`, PHONE);
    await driver.page.getByRole('button', { name: say['app.sheet.show'] }).click();
    const text = await interfaceText(driver);
    expect(ENGLISH_PHRASES.filter((phrase) => text.includes(phrase))).toEqual([]);
    expect(text).toContain(say['panel.list.heading']);
    expect(text).toContain('Суджа');
    await driver.screenshot(`lang-${lang}-375x812`);
  });
});

describe('switching language', () => {
  it('updates the interface, the URL and <html lang>', async () => {
    const driver = await app.openReady('/?date=2025-03-13&lang=en');
    const { page } = driver;
    await expect(page.locator('h1').innerText()).resolves.toBe(en['app.title']);
    await page.getByTestId('lang-switcher').selectOption('uk');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    await expect(page.locator('h1').innerText()).resolves.toBe(uk['app.title']);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'uk');
    // The zone labels drawn on the map are reworded in place (one setData, same map).
    await page.waitForFunction(
      (allClaimants) =>
        window
          .__map!.queryRenderedFeatures({ layers: ['zones-label'] })
          .some((feature) => String(feature.properties.label).startsWith(allClaimants)),
      uk['map.allClaimants'],
    );
    await page.getByTestId('lang-switcher').selectOption('ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await expect(page.getByTestId('play-button').getAttribute('aria-label')).resolves.toBe(
      ru['timeline.play'],
    );
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'ru');
  });
});
