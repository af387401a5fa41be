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
