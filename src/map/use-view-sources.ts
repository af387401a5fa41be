import { useEffect } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, VectorTileSource } from 'maplibre-gl';
import { activeLang, translate } from '../i18n/setup';
import type { AppState } from '../state/store';
import { useAppStoreApi } from '../state/store-context';
import { buildFileUrl } from './build-file-url';
import { buildViewFeatures, type ViewFeatures } from './features/build';
import { useMap } from './map-context';
import { OVERLAY_SOURCES } from './overlay-expressions';

/**
 * Sets one view's collections (features or the build's file URLs) on the view sources; the cells
 * are the view's tile URL when they are the build's tiles (the source kind never changes: both
 * come from whether the data is the build's).
 */
function showView(map: MapLibreMap, features: ViewFeatures): void {
  map.getSource<GeoJSONSource>(OVERLAY_SOURCES.places)?.setData(features.placeStatus);
  const cells = map.getSource(OVERLAY_SOURCES.zones);
  if (typeof features.zones === 'string')
    (cells as VectorTileSource | undefined)?.setTiles([features.zones]);
  else (cells as GeoJSONSource | undefined)?.setData(features.zones);
  map.getSource<GeoJSONSource>(OVERLAY_SOURCES.zoneLabels)?.setData(features.zoneLabels);
}

/** The selected view's collections, from the build's files when the data is the build's own. */
function viewFeaturesOf(state: AppState): ViewFeatures | null {
  const { dataset, zones, checkedByBuild, view } = state;
  if (!dataset || !zones) return null;
  const fileUrl = checkedByBuild ? buildFileUrl : null;
  return buildViewFeatures(dataset, zones, fileUrl, view, { t: translate, lang: activeLang() });
}

/**
 * Keeps the view sources (settlement statuses, cells, zone labels) on the selected claims view:
 * the map holds one view at a time, so a view change loads that view's collections with one
 * setData per source (the view filter hides the old view's features at once). `sourcesView` is
 * the view the map was created with. Scrubbing never reaches this: the day is global state.
 */
export function useViewSources(sourcesView: string): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(() => {
    let shown = sourcesView;
    const follow = (state: AppState) => {
      if (state.view === shown) return;
      const features = viewFeaturesOf(state);
      if (!features) return;
      shown = state.view;
      showView(map, features);
    };
    follow(store.getState());
    return store.subscribe(follow);
  }, [map, store, sourcesView]);
}
