import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { buildChangeFeatures } from './features/changes';
import type { AppState } from '../state/store';
import { useAppStoreApi } from '../state/store-context';
import { CHANGE_LAYERS, CHANGE_SOURCE, changeLayers } from './compare-layers';
import { useMap } from './map-context';

const selectCompare = (state: AppState) => state.compareDay;

function featuresOf(state: AppState) {
  const { zones, dataset, compareDay } = state;
  return buildChangeFeatures(
    zones ?? { views: {}, cells: new Map() },
    dataset?.claims ?? [],
    compareDay ?? 0,
  );
}

/**
 * Draws what changed hands between the comparison date and the selected date, over the cells and
 * under the settlements. Its data is rebuilt only when the comparison date changes; the slider
 * and the view reach it through the global state, so scrubbing stays one global-state change.
 * Loaded on demand (the first paint does not carry it).
 */
export default function CompareLayer() {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(() => {
    const before = map.getLayer('settlements-circle') ? 'settlements-circle' : undefined;
    map.addSource(CHANGE_SOURCE, { type: 'geojson', data: featuresOf(store.getState()) });
    for (const layer of changeLayers()) map.addLayer(layer, before);
    let current = selectCompare(store.getState());
    const unsubscribe = store.subscribe((state) => {
      const next = selectCompare(state);
      if (next === current || next === null) return;
      current = next;
      map.getSource<GeoJSONSource>(CHANGE_SOURCE)?.setData(featuresOf(state));
    });
    return () => {
      unsubscribe();
      if (!map.style) return;
      for (const id of Object.values(CHANGE_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(CHANGE_SOURCE)) map.removeSource(CHANGE_SOURCE);
    };
  }, [map, store]);
  return null;
}
