import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { Rejection } from '../data/rejection';
import type { Dataset } from '../data/schema';
import type { ZoneData } from '../zones/zone-data';

/** The loaded evidence base: loading, ready (with what was skipped), or failed outright. */
export interface DataSlice {
  status: 'loading' | 'ready' | 'error';
  dataset: Dataset | null;
  /** Cells and status intervals of the zones, with the dataset (null while loading). */
  zones: ZoneData | null;
  rejections: Rejection[];
  /**
   * The data files are exactly the ones the build checked, so the build's files of map features
   * (src/map/features/build.ts FEATURE_FILES) are theirs and the map can load them by URL.
   */
  checkedByBuild: boolean;
  loadError: string | null;
  /**
   * The map has drawn its first view with the evidence (its first idle). Work the reader does not
   * see first (the area chart's plot, the service worker's precaching) waits for it, so it does not
   * compete with the first view.
   */
  firstViewDrawn: boolean;
  setFirstViewDrawn: () => void;
  setLoaded: (
    dataset: Dataset,
    rejections: Rejection[],
    zones?: ZoneData,
    checkedByBuild?: boolean,
  ) => void;
  setLoadError: (message: string) => void;
}

/** Creates the data slice, empty and loading. */
export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  status: 'loading',
  dataset: null,
  zones: null,
  rejections: [],
  checkedByBuild: false,
  loadError: null,
  firstViewDrawn: false,
  setFirstViewDrawn: () => set({ firstViewDrawn: true }),
  setLoaded: (dataset, rejections, zones, checkedByBuild = false) =>
    set({
      status: 'ready',
      dataset,
      zones: zones ?? null,
      rejections,
      checkedByBuild,
      loadError: null,
    }),
  setLoadError: (loadError) => set({ status: 'error', loadError }),
});
