import { useDayBinding } from './use-day-binding';
import { useLayerVisibility } from './use-layer-visibility';
import { useMapClick } from './use-map-click';
import { useSelectionCamera } from './use-selection-camera';
import { useSelectionHighlight } from './use-selection-highlight';
import { useViewBinding } from './use-view-binding';

/** Binds the store to the map, one hook per concern; renders nothing. */
export function MapBindings() {
  useDayBinding();
  useViewBinding();
  useSelectionHighlight();
  useSelectionCamera();
  useLayerVisibility();
  useMapClick();
  return null;
}
