import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_HASHES_FILE } from '../../src/data/content-hashes';
import { DATA_FILE_NAMES } from '../../src/data/data-files';
import type { Dataset } from '../../src/data/schema';
import type { LandPolygons } from '../../src/zones/build/cells';
import { buildZoneModel, type ZoneModel } from '../../src/zones/build/zone-model';
import { zoneSites } from '../../src/zones/sites';
import { ZONE_CELLS_FILE } from '../../src/zones/zone-cells';
import { packZoneStatuses, ZONE_STATUS_FILE } from '../../src/zones/zone-status-file';
import { buildZoneData, type ZoneData } from '../../src/zones/zone-data';
import {
  FEATURE_FILES,
  VIEW_FEATURE_FILES,
  viewFeatureFile,
  viewOnly,
} from '../../src/map/features/build';
import { buildCellFeatures } from '../../src/map/features/cells';
import { buildEventFeatures } from '../../src/map/features/events';
import { buildPlaceLabelFeatures, buildPlaceStatusFeatures } from '../../src/map/features/places';
import type { ZoneCellsFile } from '../../src/zones/zone-cells-schema';
import { AREA_SERIES_FILE, packAreaSeries } from '../../src/zones/area-series-file';
import { readDataFolder } from '../data-folder';
import { areaRowsOf } from './area-series';
import { cutCellTiles } from './cell-tiles';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a derived file is built from: the valid records, and the repository's own files. */
export interface DerivedInput {
  /** The records the page keeps (the same reader and validator, without the archive). */
  dataset: Dataset;
  /** Reads a file of the repository, by its path from the repository root. */
  readRepoFile: (path: string) => string;
  /** Cells and status intervals of `dataset`, built once and shared by the entries that need them. */
  zoneModel: () => ZoneModel;
  /** The zone data the page derives from `dataset` and the built zone-cells.json. */
  zoneData: () => ZoneData;
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
    // Status intervals per view and implied spans: the page needs them before its map.
    file: ZONE_STATUS_FILE,
    build: ({ zoneModel }) => packZoneStatuses(zoneModel()),
  },
  {
    // km² per view, status and state through time, for the panel's chart (fetched on mount).
    file: AREA_SERIES_FILE,
    lazy: true,
    build: ({ dataset, zoneModel }) => packAreaSeries(areaRowsOf(dataset, zoneModel())),
  },
  // The map's language-free collections, exactly as the page would build them: MapLibre's worker
  // fetches these itself when the data is the build's (src/map/features/build.ts), so they are
  // not preloaded by the page.
  {
    file: FEATURE_FILES.placeLabels,
    lazy: true,
    build: ({ dataset }) => buildPlaceLabelFeatures(dataset),
  },
  { file: FEATURE_FILES.events, lazy: true, build: ({ dataset }) => buildEventFeatures(dataset) },
];

/**
 * Derived files built once per claims view (`<stem>.<view>.<extension>`, views as the zone data
 * has them): the map loads the selected view's only. Never preloaded. `build` gives bytes for a
 * binary file, anything else is written as JSON.
 */
export interface DerivedViewFiles {
  collection: keyof typeof VIEW_FEATURE_FILES;
  build: (input: DerivedInput, view: string) => unknown;
}

/** Every per-view derived file: the map's settlement statuses, and its cells as vector tiles. */
export const DERIVED_VIEW_FILES: readonly DerivedViewFiles[] = [
  {
    collection: 'placeStatus',
    build: ({ dataset, zoneData }, view) =>
      buildPlaceStatusFeatures(dataset, viewOnly(zoneData(), view)),
  },
  {
    collection: 'zones',
    build: ({ zoneData }, view) => cutCellTiles(buildCellFeatures(viewOnly(zoneData(), view))),
  },
];

const VIEW_ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Whether `file` is named like a per-view derived file (`<stem>.<view>.<extension>`). */
export function isViewFile(file: string): boolean {
  return Object.values(VIEW_FEATURE_FILES).some(({ stem, extension }) => {
    const view = file.slice(stem.length + 1, -(extension.length + 1));
    return file.startsWith(`${stem}.`) && file.endsWith(`.${extension}`) && VIEW_ID.test(view);
  });
}

/**
 * zone-cells.json: one entry per located settlement (its cell, or null when no land of its state
 * is within reach) and the radius measured on the data. Status intervals are zone-status.json.
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

/**
 * Files the build writes to /data/ rather than copies from data/: the derived ones and the
 * hashes, besides the per-view files (their names depend on the data: {@link isViewFile}).
 */
export const BUILT_FILES: readonly string[] = [
  ...DERIVED_FILES.map(({ file }) => file),
  CONTENT_HASHES_FILE,
];

/**
 * Every file served from /data/ whatever the data: the data files, then the derived ones and the
 * hashes. The per-view files are served beside them.
 */
export const SERVED_FILES: readonly string[] = [...DATA_FILE_NAMES, ...BUILT_FILES];

/** The files index.html preloads: all served files but the lazy derived ones. */
export const PRELOADED_FILES: readonly string[] = SERVED_FILES.filter(
  (file) => !DERIVED_FILES.some((entry) => entry.file === file && entry.lazy),
);

/** A built file's content: JSON text, or bytes for a binary one (the cells' tile packs). */
export type BuiltContent = string | Uint8Array;

const sha256 = (content: BuiltContent) => createHash('sha256').update(content).digest('hex');

/**
 * content-hashes.json: SHA-256 of every file served from /data/, so the page can tell the very
 * texts the data check passed from changed ones and skip validating them
 * (src/data/content-hashes.ts). Empty when any record was rejected: then the page validates.
 */
function contentHashes(
  dataDir: string,
  rejected: boolean,
  derived: ReadonlyMap<string, BuiltContent>,
): Record<string, string> {
  if (rejected) return {};
  const hashes: Record<string, string> = {};
  for (const file of DATA_FILE_NAMES)
    hashes[file] = sha256(readFileSync(join(dataDir, file), 'utf8'));
  for (const [file, content] of derived) hashes[file] = sha256(content);
  return hashes;
}

/** The built files for the data in `dataDir` (see {@link BUILT_FILES}), by name. */
export function buildDerivedFiles(dataDir: string): Map<string, BuiltContent> {
  const { dataset, rejections } = readDataFolder(dataDir);
  const readRepoFile = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  let model: ZoneModel | undefined;
  let zones: ZoneData | undefined;
  const zoneModel = () =>
    (model ??= buildZoneModel(
      dataset,
      JSON.parse(readRepoFile('public/basemap/countries.geojson')) as LandPolygons,
    ));
  const input: DerivedInput = {
    dataset,
    readRepoFile,
    zoneModel,
    // Through JSON, as the page reads zone-cells.json, so the features match the page's exactly.
    zoneData: () =>
      (zones ??= buildZoneData(
        dataset,
        JSON.parse(JSON.stringify(zoneCellsFile(dataset, zoneModel()))) as ZoneCellsFile,
      )),
  };
  const built = new Map<string, BuiltContent>(
    DERIVED_FILES.map(({ file, build }) => [file, JSON.stringify(build(input))]),
  );
  for (const view of Object.keys(input.zoneData().views)) {
    for (const { collection, build } of DERIVED_VIEW_FILES) {
      const content = build(input, view);
      built.set(
        viewFeatureFile(collection, view),
        content instanceof Uint8Array ? content : JSON.stringify(content),
      );
    }
  }
  const hashes = contentHashes(dataDir, rejections.length > 0, built);
  return built.set(CONTENT_HASHES_FILE, JSON.stringify(hashes));
}
