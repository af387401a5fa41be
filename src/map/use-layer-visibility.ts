import { useEffect } from 'react';
import { useAppStoreApi } from '../state/store-context';
import { layerGroup, overlayLayers } from './evidence-layers';
import type { LayerGroup } from '../state/layers-slice';
import { useMap } from './map-context';

/** Legend checkboxes → layout `visibility` of each overlay layer in the toggled group. */
export function useLayerVisibility(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(() => {
    const layers = overlayLayers();
    const apply = (
      visible: Record<LayerGroup, boolean>,
      previous?: Record<LayerGroup, boolean>,
    ) => {
      for (const layer of layers) {
        const group = layerGroup(layer);
        if (previous && previous[group] === visible[group]) continue;
        map.setLayoutProperty(layer.id, 'visibility', visible[group] ? 'visible' : 'none');
      }
    };
    apply(store.getState().visibleLayers);
    return store.subscribe((state, prev) => {
      if (state.visibleLayers !== prev.visibleLayers)
        apply(state.visibleLayers, prev.visibleLayers);
    });
  }, [map, store]);
}
