import type { Place } from '../data/schema';
import type { MapFeatures } from '../evidence/map-features';
import { useBasemapDedupe } from './use-basemap-dedupe';
import { useDayBinding } from './use-day-binding';
import { useInitialFrame } from './use-initial-frame';
import { useLayerVisibility } from './use-layer-visibility';
import { useMapClick } from './use-map-click';
import { useOverlayData } from './use-overlay-data';
import { useSelectionCamera } from './use-selection-camera';
import { useSelectionHighlight } from './use-selection-highlight';
import { useViewBinding } from './use-view-binding';

interface MapBindingsProps {
  features: MapFeatures | null;
  places: readonly Place[] | null;
  hasCamera: boolean;
}

/** Binds store and data to the map, one hook per concern; renders nothing. */
export function MapBindings({ features, places, hasCamera }: MapBindingsProps) {
  useOverlayData(features);
  useBasemapDedupe(places);
  useInitialFrame(places, hasCamera);
  useDayBinding();
  useViewBinding();
  useSelectionHighlight();
  useSelectionCamera();
  useLayerVisibility();
  useMapClick();
  return null;
}
