import type { StateCreator } from 'zustand';
import type { ZoneRef } from '../zones/zone-data';
import type { AppState } from './store';

/** What the user has selected: a place (by id) or a derived zone (by view and status). */
export interface SelectionSlice {
  selectedPlaceId: string | null;
  selectedZone: ZoneRef | null;
  /** The history entry (its key, e.g. `event:<id>`) the place was opened for, if any. */
  selectedEntry: string | null;
  selectPlace: (id: string | null, entry?: string | null) => void;
  selectZone: (zone: ZoneRef | null) => void;
}

/** Creates the selection slice. Selecting a place clears a zone and vice versa. */
export const createSelectionSlice =
  (
    initialPlaceId: string | null,
    initialZone: ZoneRef | null = null,
  ): StateCreator<AppState, [], [], SelectionSlice> =>
  (set) => ({
    selectedPlaceId: initialPlaceId,
    selectedZone: initialPlaceId === null ? initialZone : null,
    selectedEntry: null,
    selectPlace: (selectedPlaceId, entry = null) =>
      set({ selectedPlaceId, selectedZone: null, selectedEntry: entry }),
    selectZone: (selectedZone) => set({ selectedZone, selectedPlaceId: null, selectedEntry: null }),
  });
