import { createStore } from 'zustand';
import { createDataSlice, type DataSlice } from './data-slice';
import { createImportsSlice, type ImportsSlice } from './imports-slice';
import { createLangSlice, type LangSlice } from './lang-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import {
  createLayersSlice,
  DEFAULT_VISIBLE_LAYERS,
  type LayerGroup,
  type LayersSlice,
} from './layers-slice';
import { createTimelineSlice, type TimelineSlice } from './timeline-slice';
import type { ZoneRef } from '../zones/zone-data';
import type { Lang } from '../i18n/langs';

/** The whole app state: one store of typed slices. */
export type AppState = TimelineSlice &
  SelectionSlice &
  LayersSlice &
  DataSlice &
  ImportsSlice &
  LangSlice;

/** Initial values, e.g. restored from the URL. */
export interface InitialState {
  day: number;
  compareDay?: number | null;
  selectedPlaceId?: string | null;
  selectedZone?: ZoneRef | null;
  visibleLayers?: Record<LayerGroup, boolean>;
  /** Claims view: COMBINED_VIEW or a claimant id. */
  view?: string;
  /** Interface language; English unless given. */
  lang?: Lang;
}

/** Builds a fresh store; tests make one each, the app makes one at start-up. */
export function createAppStore(initial: InitialState) {
  return createStore<AppState>()((...a) => ({
    ...createTimelineSlice(initial.day, initial.compareDay ?? null)(...a),
    ...createSelectionSlice(initial.selectedPlaceId ?? null, initial.selectedZone ?? null)(...a),
    ...createLayersSlice(initial.visibleLayers ?? DEFAULT_VISIBLE_LAYERS, initial.view)(...a),
    ...createDataSlice(...a),
    ...createImportsSlice(...a),
    ...createLangSlice(initial.lang ?? 'en')(...a),
  }));
}

/** The store type returned by {@link createAppStore}. */
export type AppStore = ReturnType<typeof createAppStore>;
