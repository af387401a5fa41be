import { useEffect } from 'react';
import { DATA_FILE_NAMES } from '../data/data-files';
import type { Dataset } from '../data/schema';
import { fetchDataFiles, parseCheckedDataset } from '../data/load-dataset';
import { controlClaimants } from '../evidence/claimants';
import { readZoneCells, ZONE_CELLS_FILE, zoneCellRejections } from '../zones/zone-cells';
import { buildZoneData } from '../zones/zone-data';
import { readZoneStatuses, ZONE_STATUS_FILE } from '../zones/zone-status-file';
import { timelineRange } from '../timeline/timeline-range';
import type { AppStore } from '../state/store';
import { useAppStoreApi } from '../state/store-context';
import { loadedLimits, parseUrlState, serialiseUrlState } from './url-state';
import { validateInWorker } from './validate-in-worker';

/**
 * The URL was read before the data existed; now that the real span and ids are known, the same
 * parser re-checks the state, clamping the day and dropping unknown places and claimants.
 */
function reconcileWithDataset(store: AppStore, dataset: Dataset): void {
  const state = store.getState();
  const limits = loadedLimits(
    timelineRange(dataset),
    dataset.places.map((place) => place.id),
    controlClaimants(dataset),
  );
  const checked = parseUrlState(serialiseUrlState(state), limits);
  if (checked.day !== state.day) state.setDay(checked.day);
  if (checked.compareDay !== state.compareDay) state.setCompareDay(checked.compareDay);
  if (checked.selectedPlaceId !== state.selectedPlaceId) state.selectPlace(checked.selectedPlaceId);
  if (checked.selectedPlaceId === null && checked.selectedZone === null && state.selectedZone) {
    state.selectZone(null);
  }
  if (checked.view !== state.view) state.setView(checked.view);
}

/**
 * Loads the data files and the build's zone cells and statuses in parallel (deriving the
 * statuses when the data is not the build's), then hands them to the store. Files exactly as the build checked them (content
 * hashes match) are only parsed; otherwise a worker validates them as the data check does. Only when no data file could be read at all is it an
 * error; otherwise the valid rest renders and the rejections banner lists what was skipped
 * (settlements without a cell included).
 */
export function useLoadData(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let cancelled = false;
    const base = import.meta.env.BASE_URL;
    const load = async () => {
      const files = await fetchDataFiles(base, [ZONE_CELLS_FILE, ZONE_STATUS_FILE]);
      const { result, cells, statuses } = files.checkedByBuild
        ? {
            result: parseCheckedDataset(files.texts),
            cells: readZoneCells(files.texts[ZONE_CELLS_FILE], null),
            statuses: readZoneStatuses(files.texts[ZONE_STATUS_FILE]),
          }
        : { ...(await validateInWorker(files.texts)), statuses: null };
      if (cancelled) return;
      if (result.unreadable.length >= DATA_FILE_NAMES.length) {
        store.getState().setLoadError('None of the data files could be loaded.');
        return;
      }
      const rejections = [...result.rejections, ...zoneCellRejections(result.dataset, cells)];
      const zones = buildZoneData(result.dataset, cells.file, statuses);
      // Corrected before the data is marked ready, so the URL sync replaces the history entry
      // instead of pushing one for a correction the reader did not make.
      reconcileWithDataset(store, result.dataset);
      store.getState().setLoaded(result.dataset, rejections, zones, files.checkedByBuild);
    };
    load().catch((error: unknown) => {
      if (!cancelled) store.getState().setLoadError(String(error));
    });
    return () => {
      cancelled = true;
    };
  }, [store]);
}
