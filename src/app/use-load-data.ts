import { useEffect, useState } from 'react';
import { DATA_FILES, type Dataset } from '../data/schema';
import { loadDataset } from '../data/load-dataset';
import type { CountriesCollection } from '../evidence/derive-control';
import { controlClaimants } from '../evidence/map-features';
import { timelineRange } from '../timeline/timeline-range';
import type { AppStore } from './store';
import { useAppStoreApi } from './store-context';
import { loadedLimits, parseUrlState, serialiseUrlState } from './url-state';

const EMPTY_COUNTRIES: CountriesCollection = { type: 'FeatureCollection', features: [] };

/** Country polygons clip the derived zones; without them zones are skipped, nothing else. */
async function fetchCountries(baseUrl: string): Promise<CountriesCollection> {
  try {
    const response = await fetch(`${baseUrl}basemap/countries.geojson`);
    if (!response.ok) return EMPTY_COUNTRIES;
    return (await response.json()) as CountriesCollection;
  } catch {
    return EMPTY_COUNTRIES;
  }
}

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
  const checked = parseUrlState(serialiseUrlState(state), '', limits);
  if (checked.day !== state.day) state.setDay(checked.day);
  if (checked.selectedPlaceId !== state.selectedPlaceId) state.selectPlace(checked.selectedPlaceId);
  if (checked.view !== state.view) state.setView(checked.view);
}

/**
 * Loads the data files and the country polygons in parallel, then hands them to the store. Only
 * when no data file could be read at all is it an error; otherwise the valid rest renders and
 * the rejections banner lists what was skipped. Returns the country polygons for the map.
 */
export function useLoadData(): CountriesCollection | null {
  const store = useAppStoreApi();
  const [countries, setCountries] = useState<CountriesCollection | null>(null);
  useEffect(() => {
    let cancelled = false;
    const base = import.meta.env.BASE_URL;
    const load = Promise.all([loadDataset(base), fetchCountries(base)]);
    load.then(
      ([result, polygons]) => {
        if (cancelled) return;
        const fileCount = Object.keys(DATA_FILES).length;
        if (result.unreadable.length >= fileCount) {
          store.getState().setLoadError('None of the data files could be loaded.');
          return;
        }
        setCountries(polygons);
        store.getState().setLoaded(result.dataset, result.rejections);
        reconcileWithDataset(store, result.dataset);
      },
      (error: unknown) => {
        if (!cancelled) store.getState().setLoadError(String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store]);
  return countries;
}
