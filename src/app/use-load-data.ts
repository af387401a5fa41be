import { useEffect, useState } from 'react';
import { DATA_FILES, type Dataset } from '../data/schema';
import { loadDataset } from '../data/load-dataset';
import { controlClaimants } from '../evidence/claimants';
import { loadZoneShapes, zoneShapeRejections } from '../zones/load-zone-shapes';
import type { ZoneShapes } from '../zones/shape-table';
import { timelineRange } from '../timeline/timeline-range';
import type { AppStore } from '../state/store';
import { useAppStoreApi } from '../state/store-context';
import { loadedLimits, parseUrlState, serialiseUrlState } from './url-state';

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
  if (checked.selectedPlaceId !== state.selectedPlaceId) state.selectPlace(checked.selectedPlaceId);
  if (checked.view !== state.view) state.setView(checked.view);
}

/**
 * Loads the data files and the build's zone shapes in parallel, then hands the dataset to the
 * store. Only when no data file could be read at all is it an error; otherwise the valid rest
 * renders and the rejections banner lists what was skipped (zones without a shape included).
 * Returns the zone shapes for the map.
 */
export function useLoadData(): ZoneShapes | null {
  const store = useAppStoreApi();
  const [zoneShapes, setZoneShapes] = useState<ZoneShapes | null>(null);
  useEffect(() => {
    let cancelled = false;
    const base = import.meta.env.BASE_URL;
    const load = async () => {
      const [result, zones] = await Promise.all([loadDataset(base), loadZoneShapes(base)]);
      if (cancelled) return;
      const fileCount = Object.keys(DATA_FILES).length;
      if (result.unreadable.length >= fileCount) {
        store.getState().setLoadError('None of the data files could be loaded.');
        return;
      }
      const rejections = [...result.rejections, ...zoneShapeRejections(result.dataset, zones)];
      setZoneShapes(zones.shapes);
      store.getState().setLoaded(result.dataset, rejections);
      reconcileWithDataset(store, result.dataset);
    };
    load().catch((error: unknown) => {
      if (!cancelled) store.getState().setLoadError(String(error));
    });
    return () => {
      cancelled = true;
    };
  }, [store]);
  return zoneShapes;
}
