import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_HASHES_FILE } from '../../src/data/content-hashes';
import { DATA_FILE_NAMES } from '../../src/data/data-files';
import { zoneSites } from '../../src/zones/sites';
import { ZONE_CELLS_FILE, zoneCellRejections } from '../../src/zones/zone-cells';
import { checkZoneCells, type ZoneCellsFile } from '../../src/zones/zone-cells-schema';
import { readDataFolder } from '../data-folder';
import { AREA_SERIES_FILE } from '../../src/zones/area-series-file';
import { checkAreaSeries } from '../../src/zones/area-series-schema';
import { buildMapFeatures, FEATURE_FILES, viewFeatureFile } from '../../src/map/features/build';
import { readZoneCells } from '../../src/zones/zone-cells';
import { cutCellTiles } from './cell-tiles';
import { buildZoneData } from '../../src/zones/zone-data';
import { readZoneStatuses, ZONE_STATUS_FILE } from '../../src/zones/zone-status-file';
import { zoneStatuses } from '../../src/zones/zone-status';
import {
  type BuiltContent,
  buildDerivedFiles,
  DERIVED_FILES,
  isViewFile,
  PRELOADED_FILES,
  SERVED_FILES,
} from './index';

const DATA = join(import.meta.dirname, '..', '..', 'data');

/** A built JSON file's text (the cells' tile packs are the only bytes). */
function textOf(built: Map<string, BuiltContent>, file: string): string {
  const content = built.get(file);
  if (typeof content !== 'string') throw new Error(`${file} is not built as text`);
  return content;
}

describe('the derived files', () => {
  it('are served after the data files, each once', () => {
    expect(SERVED_FILES).toEqual([
      ...DATA_FILE_NAMES,
      ...DERIVED_FILES.map(({ file }) => file),
      CONTENT_HASHES_FILE,
    ]);
    expect(new Set(SERVED_FILES).size).toBe(SERVED_FILES.length);
  });

  it("preload all but the area series (fetched when the chart mounts) and the map's features (fetched by MapLibre's worker)", () => {
    const lazy = [AREA_SERIES_FILE, ...Object.values(FEATURE_FILES)];
    expect(PRELOADED_FILES).toEqual(SERVED_FILES.filter((file) => !lazy.includes(file)));
  });
});

describe("the map's feature files built from the real data", () => {
  const built = buildDerivedFiles(DATA);
  const { dataset } = readDataFolder(DATA);
  const cells = readZoneCells(textOf(built, ZONE_CELLS_FILE), null).file;
  const zones = buildZoneData(dataset, cells);
  const views = Object.keys(zones.views);

  it.each(Object.entries(FEATURE_FILES))(
    '%s is exactly the collection the page builds from the same data and zone-cells.json',
    (collection, file) => {
      const features = buildMapFeatures(dataset, zones, 'all');
      const text = textOf(built, file);
      expect(JSON.parse(text)).toEqual(features[collection as keyof typeof FEATURE_FILES]);
      expect(JSON.parse(text).features.length).toBeGreaterThan(0);
    },
  );

  it('has one settlement-status file and one cell tile pack per view, each what the page builds for it', () => {
    expect(views).toContain('all');
    expect(views.length).toBeGreaterThan(10);
    for (const view of views) {
      const features = buildMapFeatures(dataset, zones, view);
      const status = JSON.parse(textOf(built, viewFeatureFile('placeStatus', view)));
      expect(status, view).toEqual(features.placeStatus);
      const pack = built.get(viewFeatureFile('zones', view));
      expect(pack, view).toBeInstanceOf(Uint8Array);
      expect(pack, view).toEqual(cutCellTiles(features.zones));
    }
    expect([...built.keys()].filter(isViewFile)).toHaveLength(views.length * 2);
  });

  it('names per-view files so that no other served file passes for one', () => {
    expect(isViewFile('map-cells.ru-mod.tiles')).toBe(true);
    expect(isViewFile('map-place-status.all.json')).toBe(true);
    expect(SERVED_FILES.filter(isViewFile)).toEqual([]);
    expect(isViewFile('map-cells.ru-mod.json')).toBe(false);
    expect(isViewFile('map-place-status.all.tiles')).toBe(false);
    expect(isViewFile('map-cells.../x.tiles')).toBe(false);
    expect(isViewFile('map-cells.tiles')).toBe(false);
  });
});

describe('zone-status.json built from the real data', () => {
  it('reads back as the statuses the page would derive from the same data', () => {
    const { dataset } = readDataFolder(DATA);
    const statuses = readZoneStatuses(textOf(buildDerivedFiles(DATA), ZONE_STATUS_FILE));
    expect(statuses).toEqual(zoneStatuses(dataset));
    expect(PRELOADED_FILES).toContain(ZONE_STATUS_FILE);
  });
});

describe('area-series.json built from the real data', () => {
  const file = checkAreaSeries(JSON.parse(textOf(buildDerivedFiles(DATA), AREA_SERIES_FILE)))!;

  it('has the combined view and a view per claimant that claims a located place', () => {
    expect(Object.keys(file.views)).toContain('all');
    expect(Object.keys(file.views).length).toBeGreaterThan(1);
  });
});

describe('zone-cells.json built from the real data', () => {
  const text = textOf(buildDerivedFiles(DATA), ZONE_CELLS_FILE);
  const file = JSON.parse(text) as ZoneCellsFile;
  const { dataset } = readDataFolder(DATA);

  it('is a file the app accepts, with no located place left undrawn', () => {
    expect(checkZoneCells(file)).toEqual(file);
    expect(zoneCellRejections(dataset, { file, problem: null })).toEqual([]);
  });

  it('has a cell with land for every located settlement, and nothing else', () => {
    const sites = zoneSites(dataset);
    expect(sites.length).toBeGreaterThanOrEqual(43);
    expect(Object.keys(file.cells).sort()).toEqual(sites.map((site) => site.id).sort());
    for (const cell of Object.values(file.cells)) {
      expect(cell.geometry).not.toBeNull();
      expect(cell.areaKm2).toBeGreaterThan(0);
      expect(cell.areaKm2).toBeLessThanOrEqual(Math.PI * file.maxRadiusKm ** 2 + 0.01);
    }
  });

  it('cuts the cells to a radius measured on the data (at least the old 3 km circles)', () => {
    expect(file.maxRadiusKm).toBeGreaterThanOrEqual(3);
    expect(file.maxRadiusKm % 0.5).toBe(0);
  });
});

describe('content-hashes.json', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('holds the SHA-256 of every other served file when every record passes', () => {
    const built = buildDerivedFiles(DATA);
    const hashes = JSON.parse(textOf(built, CONTENT_HASHES_FILE)) as Record<string, string>;
    expect(Object.keys(hashes)).toEqual([
      ...SERVED_FILES.filter((f) => f !== CONTENT_HASHES_FILE),
      ...[...built.keys()].filter(isViewFile),
    ]);
    expect(hashes['claims.json']).toBe(sha256(readFileSync(join(DATA, 'claims.json'), 'utf8')));
    expect(hashes[ZONE_CELLS_FILE]).toBe(sha256(textOf(built, ZONE_CELLS_FILE)));
    const pack = built.get(viewFeatureFile('zones', 'all')) as Uint8Array;
    expect(hashes[viewFeatureFile('zones', 'all')]).toBe(
      createHash('sha256').update(pack).digest('hex'),
    );
  });

  it('is empty when a record is rejected, so the page validates', () => {
    const rejected = join(
      import.meta.dirname,
      '..',
      '..',
      'tests',
      'fixtures',
      'data',
      'schema-error',
    );
    expect(buildDerivedFiles(rejected).get(CONTENT_HASHES_FILE)).toBe('{}');
  });
});
