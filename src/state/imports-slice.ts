import type { StateCreator } from 'zustand';
import type { Snapshot } from '../importer/types';
import type { AppState } from './store';

/** Assessed maps the user imported (issue #12): kept in IndexedDB, never sent anywhere. */
export interface ImportsSlice {
  importedSnapshots: Snapshot[];
  setImportedSnapshots: (snapshots: Snapshot[]) => void;
}

/** Creates the imports slice, empty until IndexedDB has been read. */
export const createImportsSlice: StateCreator<AppState, [], [], ImportsSlice> = (set) => ({
  importedSnapshots: [],
  setImportedSnapshots: (importedSnapshots) => set({ importedSnapshots }),
});
