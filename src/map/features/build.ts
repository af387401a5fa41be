import type { Dataset } from '../../data/schema';
import type { ZoneData } from '../../zones/zone-data';
import { cellTilesUrl } from './cell-tiles';
import { buildCellFeatures, buildZoneLabelFeatures, viewNamer, type LabelWords } from './cells';
import { activeLang, translate } from '../../i18n/setup';
import { buildEvacuationFeatures, buildEventFeatures } from './events';
import { buildPlaceLabelFeatures, buildPlaceStatusFeatures } from './places';
import type {
  EvacuationFeatures,
  EventFeatures,
  PlaceLabelFeatures,
  PlaceStatusFeatures,
  CellFeatures,
  ZoneLabelFeatures,
} from './types';

/**
 * What the map draws for one claims view and every day; scrubbing the date only filters it.
 * The view's collections (settlement statuses, cells, zone labels) hold that view alone: with
 * 20 claimants the map would otherwise index twenty views it does not show (issue #16).
 */
export interface MapFeatures {
  placeStatus: PlaceStatusFeatures;
  /** Day- and view-independent settlement labels, so scrubbing does not re-lay them out. */
  placeLabels: PlaceLabelFeatures;
  /** One cell per place and status interval of the view. */
  zones: CellFeatures;
  zoneLabels: ZoneLabelFeatures;
  events: EventFeatures;
  evacuations: EvacuationFeatures;
}

/** The collections that hold one claims view; the map swaps them when the view changes. */
export type ViewCollection = 'placeStatus' | 'zones' | 'zoneLabels';

/**
 * The collections with no language words, which the build also writes as files beside the data
 * (scripts/derived/index.ts): when the data is exactly what the build checked, MapLibre's worker
 * fetches and parses these itself, so the page's thread neither builds them nor copies them to
 * the worker (10,000 places: ~100 MB of GeoJSON). View-independent ones are one file each.
 */
export const FEATURE_FILES = {
  placeLabels: 'map-place-labels.json',
  events: 'map-events.json',
} as const satisfies Partial<Record<keyof MapFeatures, string>>;

/**
 * Per-view collections' files, `<stem>.<view>.<extension>`, one per claims view: settlement
 * statuses as GeoJSON, cells as a pack of the build's vector tiles (src/map/cell-tiles.ts).
 */
export const VIEW_FEATURE_FILES = {
  placeStatus: { stem: 'map-place-status', extension: 'json' },
  zones: { stem: 'map-cells', extension: 'tiles' },
} as const satisfies Partial<Record<ViewCollection, { stem: string; extension: string }>>;

type ViewFile = keyof typeof VIEW_FEATURE_FILES;

/** The file of one view's collection (view ids are lower-case a-z, 0-9, `-` and `_`). */
export const viewFeatureFile = (collection: ViewFile, view: string): string => {
  const { stem, extension } = VIEW_FEATURE_FILES[collection];
  return `${stem}.${view}.${extension}`;
};

type FileCollection = keyof typeof FEATURE_FILES | ViewFile;

/**
 * What the overlay sources load: each collection's features, or where the build's file is: its
 * URL, and for the cells the tile URL template of the view's pack ({@link cellTilesUrl}).
 */
export type OverlayFeatures = {
  [K in keyof MapFeatures]: MapFeatures[K] | (K extends FileCollection ? string : never);
};

/** One view's collections, as the sources load them. */
export type ViewFeatures = Pick<OverlayFeatures, ViewCollection>;

/** Where the build's files are: a URL per file name, or null to build everything here. */
type FileUrl = ((file: string) => string) | null;

/**
 * The overlay's collections for `view`: with `fileUrl` (the data is the build's own), the URLs
 * of the build's files and only the worded labels built here; without it, all built here.
 */
export function buildOverlayFeatures(
  dataset: Dataset,
  zones: ZoneData,
  fileUrl: FileUrl,
  view: string,
  words: LabelWords = { t: translate, lang: activeLang() },
): OverlayFeatures {
  if (!fileUrl) return buildMapFeatures(dataset, zones, view, words);
  return {
    placeLabels: fileUrl(FEATURE_FILES.placeLabels),
    events: fileUrl(FEATURE_FILES.events),
    evacuations: buildEvacuationFeatures(dataset, words.t),
    ...buildViewFeatures(dataset, zones, fileUrl, view, words),
  };
}

/**
 * One view's collections, as {@link buildOverlayFeatures} gives them. A view with no intervals
 * (not a claimant of the data) gets empty collections, never a URL of a file that is not built.
 */
export function buildViewFeatures(
  dataset: Dataset,
  zones: ZoneData,
  fileUrl: FileUrl,
  view: string,
  words: LabelWords,
): ViewFeatures {
  const only = viewOnly(zones, view);
  const known = view in zones.views;
  return {
    placeStatus:
      fileUrl && known
        ? fileUrl(viewFeatureFile('placeStatus', view))
        : buildPlaceStatusFeatures(dataset, only),
    zones: fileUrl
      ? cellTilesUrl(known ? fileUrl(viewFeatureFile('zones', view)) : null)
      : buildCellFeatures(only),
    zoneLabels: buildZoneLabels(dataset, only, words),
  };
}

/**
 * Builds all map collections of `view` from a validated dataset and its zone data, with the
 * zone and evacuation labels worded in `words`' language (the active one unless given).
 */
export function buildMapFeatures(
  dataset: Dataset,
  zones: ZoneData,
  view: string,
  words: LabelWords = { t: translate, lang: activeLang() },
): MapFeatures {
  const only = viewOnly(zones, view);
  return {
    placeStatus: buildPlaceStatusFeatures(dataset, only),
    placeLabels: buildPlaceLabelFeatures(dataset),
    zones: buildCellFeatures(only),
    events: buildEventFeatures(dataset),
    zoneLabels: buildZoneLabels(dataset, only, words),
    evacuations: buildEvacuationFeatures(dataset, words.t),
  };
}

/** The zone data restricted to one view's intervals (none for an unknown view). */
export function viewOnly(zones: ZoneData, view: string): ZoneData {
  const intervals = zones.views[view];
  return { ...zones, views: intervals ? { [view]: intervals } : {} };
}

/**
 * The zone labels of the views in `zones`, worded in `words`' language: built at load and again
 * when the reader switches view or language.
 */
export function buildZoneLabels(
  dataset: Dataset,
  zones: ZoneData,
  words: LabelWords,
): ZoneLabelFeatures {
  const countryOf = new Map(dataset.places.map((place) => [place.id, place.country]));
  return buildZoneLabelFeatures(zones, countryOf, viewNamer(dataset.claimants, words.t), words);
}
