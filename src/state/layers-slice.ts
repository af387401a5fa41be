import type { StateCreator } from 'zustand';
import { COMBINED_VIEW } from '../data/vocabulary';
import type { AppState } from './store';

/** The overlay groups a user can switch on and off (each is one legend entry). */
export const LAYER_GROUPS = ['settlements', 'evacuations', 'zones', 'implied', 'events'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

/** Which overlay groups are visible, and whose claims the map shows. */
export interface LayersSlice {
  visibleLayers: Record<LayerGroup, boolean>;
  /** {@link COMBINED_VIEW} or a claimant id. */
  view: string;
  setLayerVisible: (group: LayerGroup, visible: boolean) => void;
  setView: (view: string) => void;
}

/** Every group is on unless the URL said otherwise. */
export const DEFAULT_VISIBLE_LAYERS: Record<LayerGroup, boolean> = {
  settlements: true,
  evacuations: true,
  zones: true,
  implied: true,
  events: true,
};

/** Creates the layers slice. */
export const createLayersSlice =
  (
    initial: Record<LayerGroup, boolean>,
    initialView: string = COMBINED_VIEW,
  ): StateCreator<AppState, [], [], LayersSlice> =>
  (set) => ({
    visibleLayers: initial,
    view: initialView,
    setLayerVisible: (group, visible) =>
      set((state) => ({ visibleLayers: { ...state.visibleLayers, [group]: visible } })),
    setView: (view) => set({ view }),
  });
