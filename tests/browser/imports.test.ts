import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../scripts/import-run';
import { localImportsMiddleware } from '../../scripts/local-imports';
import { describe, expect, it } from 'vitest';
import {
  DEEPSTATE_RINGS,
  KMZ_RING,
  deepStateSnapshot,
  invalidJson,
  kmzWithoutKml,
  pointsOnly,
  swappedSnapshot,
  uaControlMapKmz,
  unrecognisedSnapshot,
} from '../fixtures/imports/fixtures';
import { turfKm2 } from '../fixtures/imports/turf-km2';
import { appSessionFixture } from './harness';
import { ImportsDriver } from './imports-driver';
import type { AppDriver } from './driver';
import { IMPORTED_LAYERS } from '../../src/imports/ImportedLayer';
import { OBLAST_LAND_FILE } from '../../src/importer/types';

const app = appSessionFixture();
const PHONE = { width: 375, height: 812 };

/** The km² a list entry gives for a side on one side of the border. */
function shownKm2(text: string, side: string, where: 'Kursk oblast' | 'Sumy oblast'): number {
  // The side's name and its figures (on one line or two, by layout).
  const start = text.indexOf(side);
  const line = start < 0 ? '' : text.slice(start).split('\n').slice(0, 2).join(' ');
  const match = new RegExp(`([\\d.,]+) km² in ${where}`).exec(line);
  if (!match) throw new Error(`no ${where} km² for "${side}" in: ${text}`);
  return Number(match[1]?.replaceAll(',', ''));
}

describe('importing assessed maps', () => {
  it('keeps the importer, its worker and parsers out of the initial JS of the build', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map(
      (m) => m[1]!,
    );
    expect(initial.length).toBeGreaterThan(0);
    const code = initial.map((path) => readFileSync(join('dist', path), 'utf8')).join('\n');
    expect(initial.join(' ')).not.toMatch(/ImportPanel|import\.worker/);
    // Strings of togeojson, fflate and turf's intersect (polyclip-ts), present only if bundled.
    expect(/gx:MultiTrack|invalid zip data|Unable to complete output ring/.test(code)).toBe(false);
    expect(code).toMatch(/ImportPanel-[\w-]+\.js/);
  });

  it('does not load the importer before the panel is opened', async () => {
    const map = await app.openReady('/');
    const imports = new ImportsDriver(map);
    const before = await imports.loadedScripts();
    expect(before.some((url) => /ImportPanel|import\.worker/.test(url))).toBe(false);
    await imports.open();
    const after = await imports.loadedScripts();
    expect(after.some((url) => /ImportPanel/.test(url))).toBe(true);
  });

  it('imports DeepState, UAControlMap and hand-converted files and shows km² within 0.5 % of turf', async () => {
    const map = await app.openReady('/?date=2024-08-27');
    const imports = new ImportsDriver(map);
    await imports.open();
    await imports.pick([deepStateSnapshot(), uaControlMapKmz(), swappedSnapshot()]);
    const [deepState, swapped, kmz] = await imports.listed(3);
    expect(deepState).toMatch(/^2024-08-27/);
    expect(deepState).toContain('1724716800.geojson');
    expect(deepState).toMatch(/3-D coordinates/);
    expect(swapped).toMatch(/\[lat, lon\] order/);
    expect(kmz).toMatch(/^2024-10-01/);
    const near = (shown: number, expected: number) =>
      expect(Math.abs(shown - expected)).toBeLessThanOrEqual(Math.max(expected * 0.005, 0.05));
    near(
      shownKm2(deepState!, 'held by Ukraine', 'Kursk oblast'),
      turfKm2(DEEPSTATE_RINGS.ua, 'kursk'),
    );
    near(
      shownKm2(deepState!, 'held by Ukraine', 'Sumy oblast'),
      turfKm2(DEEPSTATE_RINGS.ua, 'sumy'),
    );
    near(shownKm2(kmz!, 'held by Ukraine', 'Kursk oblast'), turfKm2(KMZ_RING, 'kursk'));
    await map.screenshot('desktop-imports-panel');
  });

  it('names each file it cannot import and keeps what was imported', async () => {
    const map = await app.openReady('/');
    const imports = new ImportsDriver(map);
    await imports.open();
    await imports.pick([deepStateSnapshot()]);
    await imports.listed(1);
    await imports.pick([invalidJson(), kmzWithoutKml(), pointsOnly()]);
    const errors = await imports.errors();
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^broken\.geojson: is not valid JSON/);
    expect(errors[1]).toMatch(/^241002_1200\.kmz: is a KMZ with no \.kml file inside/);
    expect(errors[2]).toMatch(/^points-2024-09-01\.geojson: has no polygons/);
    expect(await imports.listed(1)).toHaveLength(1);
  });

  it('asks for the date and side of an unrecognised file, then lists it', async () => {
    const map = await app.openReady('/', PHONE);
    const imports = new ImportsDriver(map);
    await imports.open();
    await imports.pick([unrecognisedSnapshot()]);
    const dialog = await imports.dialog();
    expect(await dialog.innerText()).toContain('Zone A');
    await map.screenshot('phone-imports-dialog');
    await dialog.getByLabel('Snapshot date').fill('2024-09-01');
    await dialog.getByRole('combobox').selectOption('ru');
    await dialog.getByRole('button', { name: 'Import' }).click();
    const [item] = await imports.listed(1);
    expect(item).toMatch(/^2024-09-01/);
    expect(item).toMatch(/held by Russia/);
    await map.screenshot('phone-imports-list');
  });

  it('keeps imports across a reload, and removes one on request', async () => {
    const map = await app.openReady('/');
    const imports = new ImportsDriver(map);
    await imports.open();
    await imports.pick([deepStateSnapshot(), uaControlMapKmz()]);
    await imports.listed(2);
    await map.reload();
    await map.waitForEvidence();
    await imports.open();
    await imports.listed(2);
    await imports.remove('241001_1200.kmz');
    const [left] = await imports.listed(1);
    expect(left).toContain('1724716800.geojson');
  });
});

/** The imported areas drawn on the map, as "file date side", sorted. */
async function drawnSnapshots(map: AppDriver): Promise<string[]> {
  const fills = await map.rendered(IMPORTED_LAYERS.fill);
  return [
    ...new Set(fills.map((f) => `${String(f.source)} ${String(f.date)} ${String(f.side)}`)),
  ].sort();
}

describe('imported snapshots on the map and timeline', () => {
  it('draws the snapshot in force at the slider date as its own labelled layer, with timeline ticks', async () => {
    const map = await app.openReady('/?date=2024-08-27');
    const imports = new ImportsDriver(map);
    await imports.importAndClose([deepStateSnapshot(), uaControlMapKmz()]);
    const drawn = () => drawnSnapshots(map);
    expect(await drawn()).toEqual([
      '1724716800.geojson 2024-08-27 ru',
      '1724716800.geojson 2024-08-27 ua',
      '1724716800.geojson 2024-08-27 unknown',
    ]);
    const labels = (await map.rendered(IMPORTED_LAYERS.label)).map((l) => String(l.source));
    expect(labels.length).toBeGreaterThan(0);
    expect(await map.page.getByTestId('snapshot-ticks').locator('span').count()).toBe(2);
    await map.screenshot('desktop-imported-layer-2024-08-27');

    // The day global state switches snapshots: the KMZ from 1 Oct 2024, none before 27 Aug.
    await map.goto('/?date=2024-10-02');
    await map.waitForEvidence();
    await map.page.waitForFunction(
      (layer) => (window.__map?.queryRenderedFeatures({ layers: [layer] }).length ?? 0) > 0,
      IMPORTED_LAYERS.fill,
      { timeout: 30_000 },
    );
    expect(await drawn()).toEqual([
      '241001_1200.kmz 2024-10-01 ru',
      '241001_1200.kmz 2024-10-01 ua',
    ]);
    await map.goto('/?date=2024-08-20');
    await map.waitForEvidence();
    expect(await drawn()).toEqual([]);
  });

  it('switches the drawn snapshot as the slider scrubs across snapshot dates', async () => {
    const map = await app.openReady('/?date=2024-08-27');
    const imports = new ImportsDriver(map);
    await imports.importAndClose([deepStateSnapshot(), uaControlMapKmz()]);
    const deepState = ['ru', 'ua', 'unknown'].map(
      (side) => `1724716800.geojson 2024-08-27 ${side}`,
    );
    const kmz = ['241001_1200.kmz 2024-10-01 ru', '241001_1200.kmz 2024-10-01 ua'];
    expect(await drawnSnapshots(map)).toEqual(deepState);
    // 27 Aug → 1 Oct by keyboard, one day per key, on the same page: the KMZ replaces it.
    await map.pressOnSlider('ArrowRight', 35);
    expect(await map.globalState()).toMatchObject({ day: Date.UTC(2024, 9, 1) / 86_400_000 });
    expect(await drawnSnapshots(map)).toEqual(kmz);
    // Back before the first snapshot (20 Aug): nothing imported is drawn; then 27 Aug again.
    await map.pressOnSlider('ArrowLeft', 42);
    expect(await drawnSnapshots(map)).toEqual([]);
    await map.pressOnSlider('ArrowRight', 7);
    expect(await drawnSnapshots(map)).toEqual(deepState);
  });

  it('shows the imported layer on a phone', async () => {
    const map = await app.openReady('/?date=2024-08-27#map=9.5/51.2/35.3', PHONE);
    const imports = new ImportsDriver(map);
    await imports.importAndClose([deepStateSnapshot()]);
    expect((await map.rendered(IMPORTED_LAYERS.fill)).length).toBeGreaterThan(0);
    await map.screenshot('phone-imported-layer-2024-08-27');
  });
});

describe('claims against imported assessments', () => {
  it('marks each Sudzha claim against the nearest snapshot on or after it, with a claimant summary', async () => {
    const map = await app.openReady('/?date=2024-08-27&place=sudzha');
    const imports = new ImportsDriver(map);
    await imports.importAndClose([deepStateSnapshot(), uaControlMapKmz()]);
    const section = map.page.getByTestId('claim-assessments');
    await section.waitFor();
    const text = await section.innerText();
    // The commander-in-chief's 15 Aug claim: Sudzha lies in the 27 Aug snapshot's Ukrainian area.
    expect(text).toMatch(
      /15 Aug 2024 · [^\n]*: Ukraine agrees \(snapshot of 2024-08-27, 1724716800\.geojson\)/,
    );
    // The MoD's 9 Aug 'contested' claim: Sudzha is not in a grey area that day.
    expect(text).toMatch(/disagrees \(snapshot of 2024-08-27/);
    // 31 Aug: the next snapshot is the KMZ of 1 Oct.
    expect(text).toMatch(
      /31 Aug 2024 · [^\n]*: Ukraine agrees \(snapshot of 2024-10-01, 241001_1200\.kmz\)/,
    );
    expect(text).toMatch(/\d+ later claims: no imported snapshot on or after their date/);
    const summary = await map.page.getByTestId('claimant-agreement').innerText();
    expect(summary).toMatch(/\d+ of \d+ agree \(\d+ ?%\)/);
    await section.scrollIntoViewIfNeeded();
    await map.screenshot('desktop-claims-against-imports');
  });
});

describe('snapshots imported from the command line', () => {
  it('lists what `npm run import` wrote, served as npm start serves it, without a Remove button', async () => {
    const input = mkdtempSync(join(tmpdir(), 'imports-in-'));
    const file = uaControlMapKmz();
    writeFileSync(join(input, file.name), file.bytes);
    const outDir = mkdtempSync(join(tmpdir(), 'imports-out-'));
    expect(
      runImport([input], {
        sides: {},
        outDir,
        oblastLandPath: `public/basemap/${OBLAST_LAND_FILE}`,
      }).ok,
    ).toBe(true);
    const map = await app.open('/data/claimants.json');
    // The test server serves dist/ only; answer /local-imports/ with npm start's middleware.
    const middleware = localImportsMiddleware(outDir);
    await map.page.route('**/local-imports/**', async (route) => {
      const url = new URL(route.request().url());
      let status = 200;
      let body = '';
      const res = {
        writeHead: (code: number) => ((status = code), res),
        end: (text: string) => (body = text),
      };
      middleware({ url: url.pathname } as never, res as never, () => (status = 404));
      await route.fulfill({ status, body, contentType: 'application/json' });
    });
    await map.goto('/?date=2024-10-02');
    await map.waitForEvidence();
    const imports = new ImportsDriver(map);
    await imports.open();
    const [item] = await imports.listed(1);
    expect(item).toMatch(/^2024-10-01/);
    expect(item).toContain('from npm run import');
    expect(await map.page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    const near = Math.abs(
      shownKm2(item!, 'held by Ukraine', 'Kursk oblast') - turfKm2(KMZ_RING, 'kursk'),
    );
    expect(near).toBeLessThanOrEqual(turfKm2(KMZ_RING, 'kursk') * 0.005);
  });
});
