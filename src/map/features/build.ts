import type { Dataset } from '../../data/schema';
import type { ZoneShapes } from '../../zones/shape-table';
import { buildEvacuationFeatures, buildEventFeatures } from './events';
import { buildPlaceLabelFeatures, buildPlaceStatusFeatures } from './places';
import type {
  EvacuationFeatures,
  EventFeatures,
  PlaceLabelFeatures,
  PlaceStatusFeatures,
  ZoneFeatures,
} from './types';
import { buildZoneFeatures } from './zones';

/** Everything the map draws, built once at load; scrubbing the date only filters it. */
export interface MapFeatures {
  placeStatus: PlaceStatusFeatures;
  /** Day- and view-independent settlement labels, so scrubbing does not re-lay them out. */
  placeLabels: PlaceLabelFeatures;
  zones: ZoneFeatures;
  events: EventFeatures;
  evacuations: EvacuationFeatures;
}

/** Builds all map collections from a validated dataset and the zone shapes for it. */
export function buildMapFeatures(dataset: Dataset, zoneShapes: ZoneShapes): MapFeatures {
  return {
    placeStatus: buildPlaceStatusFeatures(dataset),
    placeLabels: buildPlaceLabelFeatures(dataset),
    zones: buildZoneFeatures(dataset, zoneShapes),
    events: buildEventFeatures(dataset),
    evacuations: buildEvacuationFeatures(dataset),
  };
}
