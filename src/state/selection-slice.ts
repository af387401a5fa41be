import type { StateCreator } from 'zustand';
import type { ZoneRef } from '../zones/zone-data';
import type { AppState } from './store';

/** What the user has selected: a place (by id) or a derived zone (by view and status). */
export interface SelectionSlice {
  selectedPlaceId: string | null;
  selectedZone: ZoneRef | null;
  selectPlace: (id: string | null) => void;
  selectZone: (zone: ZoneRef | null) => void;
}

/** Creates the selection slice. Selecting a place clears a zone and vice versa. */
export const createSelectionSlice =
  (initialPlaceId: string | null): StateCreator<AppState, [], [], SelectionSlice> =>
  (set) => ({
    selectedPlaceId: initialPlaceId,
    selectedZone: null,
    selectPlace: (selectedPlaceId) => set({ selectedPlaceId, selectedZone: null }),
    selectZone: (selectedZone) => set({ selectedZone, selectedPlaceId: null }),
  });
