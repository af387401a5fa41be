import type { AppState } from '../state/store';
import { GLOBAL_STATE } from './overlay-expressions';
import { useGlobalStateBinding } from './global-state-binding';
import { useLayerVisibility } from './use-layer-visibility';
import { useMapClick } from './use-map-click';
import { useSelectionCamera } from './use-selection-camera';
import { useLabelLanguage } from './use-label-language';
import { useFirstViewDrawn } from './use-first-view-drawn';
import { useViewSources } from './use-view-sources';

const selectDay = (state: AppState) => state.day;
const selectView = (state: AppState) => state.view;
const selectPlace = (state: AppState) => state.selectedPlaceId;
const selectSettlementsShown = (state: AppState) => state.visibleLayers.settlements;
/** The highlight ring's filter compares with '', which matches no place. */
const placeOrNone = (id: string | null) => id ?? '';

/**
 * Binds the store to the map, one hook per concern; renders nothing. Day (scrubbing), claims
 * view and selected place are global state read by the layer filters: one
 * setGlobalStateProperty per change, never setData, and no React render of the map; a view
 * change also loads that view's collections (`sourcesView`: the view the map was created with).
 */
export function MapBindings({ sourcesView }: { sourcesView: string }) {
  useGlobalStateBinding(GLOBAL_STATE.day, selectDay);
  useGlobalStateBinding(GLOBAL_STATE.view, selectView);
  useViewSources(sourcesView);
  useGlobalStateBinding(GLOBAL_STATE.selectedPlace, selectPlace, placeOrNone);
  useGlobalStateBinding(GLOBAL_STATE.settlementsShown, selectSettlementsShown);
  useSelectionCamera();
  useLayerVisibility();
  useMapClick();
  useLabelLanguage();
  useFirstViewDrawn();
  return null;
}
