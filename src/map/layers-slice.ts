import type { StateCreator } from 'zustand';
import type { AppState } from '../app/store';

/** The overlay groups a user can switch on and off (each is one legend entry). */
export const LAYER_GROUPS = ['settlements', 'evacuations', 'zones', 'events'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

/** Which overlay groups are visible. */
export interface LayersSlice {
  visibleLayers: Record<LayerGroup, boolean>;
  setLayerVisible: (group: LayerGroup, visible: boolean) => void;
}

/** Every group is on unless the URL said otherwise. */
export const DEFAULT_VISIBLE_LAYERS: Record<LayerGroup, boolean> = {
  settlements: true,
  evacuations: true,
  zones: true,
  events: true,
};

/** Creates the layers slice. */
export const createLayersSlice =
  (initial: Record<LayerGroup, boolean>): StateCreator<AppState, [], [], LayersSlice> =>
  (set) => ({
    visibleLayers: initial,
    setLayerVisible: (group, visible) =>
      set((state) => ({ visibleLayers: { ...state.visibleLayers, [group]: visible } })),
  });
