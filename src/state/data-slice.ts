import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { Rejection } from '../data/rejection';
import type { Dataset } from '../data/schema';

/** The loaded evidence base: loading, ready (with what was skipped), or failed outright. */
export interface DataSlice {
  status: 'loading' | 'ready' | 'error';
  dataset: Dataset | null;
  rejections: Rejection[];
  loadError: string | null;
  setLoaded: (dataset: Dataset, rejections: Rejection[]) => void;
  setLoadError: (message: string) => void;
}

/** Creates the data slice, empty and loading. */
export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  status: 'loading',
  dataset: null,
  rejections: [],
  loadError: null,
  setLoaded: (dataset, rejections) =>
    set({ status: 'ready', dataset, rejections, loadError: null }),
  setLoadError: (loadError) => set({ status: 'error', loadError }),
});
