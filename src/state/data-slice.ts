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
  loadError: string | null;
  /**
   * The map has drawn its first view with the evidence (its first idle). Work the reader does not
   * see first (the area chart's plot, the service worker's precaching) waits for it, so it does not
   * compete with the first view.
   */
  firstViewDrawn: boolean;
  setFirstViewDrawn: () => void;
  setLoaded: (dataset: Dataset, rejections: Rejection[], zones?: ZoneData) => void;
  setLoadError: (message: string) => void;
}

/** Creates the data slice, empty and loading. */
export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  status: 'loading',
  dataset: null,
  zones: null,
  rejections: [],
  loadError: null,
  firstViewDrawn: false,
  setFirstViewDrawn: () => set({ firstViewDrawn: true }),
  setLoaded: (dataset, rejections, zones) =>
    set({ status: 'ready', dataset, zones: zones ?? null, rejections, loadError: null }),
  setLoadError: (loadError) => set({ status: 'error', loadError }),
});
