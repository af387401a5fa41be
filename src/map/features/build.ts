import type { Dataset } from '../../data/schema';
import type { ZoneData } from '../../zones/zone-data';
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

/** Everything the map draws, built once at load; scrubbing the date only filters it. */
export interface MapFeatures {
  placeStatus: PlaceStatusFeatures;
  /** Day- and view-independent settlement labels, so scrubbing does not re-lay them out. */
  placeLabels: PlaceLabelFeatures;
  /** One cell per view, place and status interval. */
  zones: CellFeatures;
  zoneLabels: ZoneLabelFeatures;
  events: EventFeatures;
  evacuations: EvacuationFeatures;
}

/**
 * The collections no language words, which the build also writes as files beside the data
 * (scripts/derived/index.ts): when the data is exactly what the build checked, MapLibre's worker
 * fetches and parses these itself, so the page's thread neither builds them nor copies them to
 * the worker (10,000 places: ~100 MB of GeoJSON).
 */
export const FEATURE_FILES = {
  placeStatus: 'map-place-status.json',
  placeLabels: 'map-place-labels.json',
  zones: 'map-cells.json',
  events: 'map-events.json',
} as const satisfies Partial<Record<keyof MapFeatures, string>>;

type FileCollection = keyof typeof FEATURE_FILES;

/** What the overlay sources load: each collection's features, or the URL of the build's file. */
export type OverlayFeatures = {
  [K in keyof MapFeatures]: MapFeatures[K] | (K extends FileCollection ? string : never);
};

/**
 * The overlay's collections: with `fileUrl` (the data is the build's own), the URLs of the
 * build's {@link FEATURE_FILES} and only the worded labels built here; without it, all built here.
 */
export function buildOverlayFeatures(
  dataset: Dataset,
  zones: ZoneData,
  fileUrl: ((file: string) => string) | null,
  words: LabelWords = { t: translate, lang: activeLang() },
): OverlayFeatures {
  if (!fileUrl) return buildMapFeatures(dataset, zones, words);
  return {
    placeStatus: fileUrl(FEATURE_FILES.placeStatus),
    placeLabels: fileUrl(FEATURE_FILES.placeLabels),
    zones: fileUrl(FEATURE_FILES.zones),
    events: fileUrl(FEATURE_FILES.events),
    ...buildLabelFeatures(dataset, zones, words),
  };
}

/**
 * Builds all map collections from a validated dataset and its zone data, with the zone and
 * evacuation labels worded in `words`' language (the active one unless given).
 */
export function buildMapFeatures(
  dataset: Dataset,
  zones: ZoneData,
  words: LabelWords = { t: translate, lang: activeLang() },
): MapFeatures {
  return {
    placeStatus: buildPlaceStatusFeatures(dataset, zones),
    placeLabels: buildPlaceLabelFeatures(dataset),
    zones: buildCellFeatures(zones),
    events: buildEventFeatures(dataset),
    ...buildLabelFeatures(dataset, zones, words),
  };
}

/**
 * The features whose text is worded in a language (zone and evacuation labels): built with the
 * rest at load, and again alone when the reader switches language.
 */
export function buildLabelFeatures(
  dataset: Dataset,
  zones: ZoneData,
  words: LabelWords,
): Pick<MapFeatures, 'zoneLabels' | 'evacuations'> {
  const countryOf = new Map(dataset.places.map((place) => [place.id, place.country]));
  return {
    zoneLabels: buildZoneLabelFeatures(
      zones,
      countryOf,
      viewNamer(dataset.claimants, words.t),
      words,
    ),
    evacuations: buildEvacuationFeatures(dataset, words.t),
  };
}
