import type { StateCreator } from 'zustand';
import type { AppState } from '../app/store';
import type { Dataset } from './schema';

/** A record (or whole file) that failed validation at load time and was skipped. */
export interface Rejection {
  file: string;
  /** The record id, or null when the whole file was unreadable. */
  recordId: string | null;
  /** Dotted path of the offending field, or null. */
  field: string | null;
  message: string;
}

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
