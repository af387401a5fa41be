import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILE_NAMES } from '../../src/data/data-files';
import type { Dataset } from '../../src/data/schema';
import type { CountriesCollection } from '../../src/zones/build/geometry';
import { buildZoneShapeTable } from '../../src/zones/build/shape-table-build';
import { ZONE_SHAPES_FILE } from '../../src/zones/shape-table';
import { AREA_SERIES_FILE, packAreaSeries } from '../../src/zones/area-series-file';
import type { LandPolygons } from '../../src/zones/cells';
import { readDataFolder } from '../data-folder';
import { buildAreaRows } from './area-series';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a derived file is built from: the valid records, and the repository's own files. */
export interface DerivedInput {
  /** The records the page keeps (the same reader and validator, without the archive). */
  dataset: Dataset;
  /** Reads a file of the repository, by its path from the repository root. */
  readRepoFile: (path: string) => string;
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
    // Zone polygons: the turf union is too slow and too big for the page (src/zones/build).
    file: ZONE_SHAPES_FILE,
    build: ({ dataset, readRepoFile }) =>
      buildZoneShapeTable(
        dataset,
        JSON.parse(readRepoFile('public/basemap/countries.geojson')) as CountriesCollection,
      ),
  },
  {
    // km² per view, status and state through time, for the panel's chart (fetched on mount).
    file: AREA_SERIES_FILE,
    lazy: true,
    build: ({ dataset, readRepoFile }) =>
      packAreaSeries(
        buildAreaRows(
          dataset,
          JSON.parse(readRepoFile('public/basemap/countries.geojson')) as LandPolygons,
        ),
      ),
  },
];

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
  const input: DerivedInput = {
    dataset: readDataFolder(dataDir).dataset,
    readRepoFile: (path) => readFileSync(join(ROOT, path), 'utf8'),
  };
  return new Map(DERIVED_FILES.map(({ file, build }) => [file, JSON.stringify(build(input))]));
}
