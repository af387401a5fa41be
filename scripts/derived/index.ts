import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILE_NAMES } from '../../src/data/data-files';
import type { Dataset } from '../../src/data/schema';
import type { LandPolygons } from '../../src/zones/build/cells';
import { buildZoneModel, type ZoneModel } from '../../src/zones/build/zone-model';
import { zoneSites } from '../../src/zones/sites';
import { ZONE_CELLS_FILE, type ZoneCellsFile } from '../../src/zones/zone-cells';
import { AREA_SERIES_FILE, packAreaSeries } from '../../src/zones/area-series-file';
import { readDataFolder } from '../data-folder';
import { areaRowsOf } from './area-series';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a derived file is built from: the valid records, and the repository's own files. */
export interface DerivedInput {
  /** The records the page keeps (the same reader and validator, without the archive). */
  dataset: Dataset;
  /** Reads a file of the repository, by its path from the repository root. */
  readRepoFile: (path: string) => string;
  /** Cells and status intervals of `dataset`, built once and shared by the entries that need them. */
  zoneModel: () => ZoneModel;
}

/** A file the build derives from the data and ships beside it as `/data/<file>`. */
export interface DerivedFile {
  file: string;
  /** The file's content, as JSON-serialisable data. */
  build: (input: DerivedInput) => unknown;
  /** Fetched later by the component that needs it, so index.html does not preload it. */
  lazy?: boolean;
}

/**
 * Every derived file. The Vite data plugin serves each in dev, emits it in the build and has
 * index.html preload it; adding a derived file is adding an entry here.
 */
export const DERIVED_FILES: readonly DerivedFile[] = [
  {
    // Settlement cells: turf and d3-delaunay would cost the page more than the rest of the app.
    file: ZONE_CELLS_FILE,
    build: ({ dataset, zoneModel }) => zoneCellsFile(dataset, zoneModel()),
  },
  {
    // km² per view, status and state through time, for the panel's chart (fetched on mount).
    file: AREA_SERIES_FILE,
    lazy: true,
    build: ({ dataset, zoneModel }) => packAreaSeries(areaRowsOf(dataset, zoneModel())),
  },
];

/**
 * zone-cells.json: one entry per located settlement (its cell, or null when no land of its state
 * is within reach) and the radius measured on the data. Status intervals are not shipped: the
 * page derives them from the claims in ~10 ms (src/zones/zone-status.ts).
 */
function zoneCellsFile(dataset: Dataset, model: ZoneModel): ZoneCellsFile {
  const byPlace = new Map(model.cells.map((cell) => [cell.properties.place, cell]));
  const cells: ZoneCellsFile['cells'] = {};
  for (const site of zoneSites(dataset)) {
    const cell = byPlace.get(site.id);
    cells[site.id] = {
      site: [site.lon, site.lat],
      geometry: cell?.geometry ?? null,
      areaKm2: cell?.properties.areaKm2 ?? 0,
    };
  }
  return { maxRadiusKm: model.maxRadiusKm, cells };
}

/** Every file served from /data/: the data files, then the derived ones. */
export const SERVED_FILES: readonly string[] = [
  ...DATA_FILE_NAMES,
  ...DERIVED_FILES.map(({ file }) => file),
];

/** The files index.html preloads: all served files but the lazy derived ones. */
export const PRELOADED_FILES: readonly string[] = SERVED_FILES.filter(
  (file) => !DERIVED_FILES.some((entry) => entry.file === file && entry.lazy),
);

/** The derived files for the data in `dataDir`, as JSON text by file name. */
export function buildDerivedFiles(dataDir: string): Map<string, string> {
  const dataset = readDataFolder(dataDir).dataset;
  const readRepoFile = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  let model: ZoneModel | undefined;
  const input: DerivedInput = {
    dataset,
    readRepoFile,
    zoneModel: () =>
      (model ??= buildZoneModel(
        dataset,
        JSON.parse(readRepoFile('public/basemap/countries.geojson')) as LandPolygons,
      )),
  };
  return new Map(DERIVED_FILES.map(({ file, build }) => [file, JSON.stringify(build(input))]));
}
