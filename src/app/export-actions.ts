import type { Map as MapLibreMap } from 'maplibre-gl';
import { claimsCsv } from '../evidence/claims-in-force';
import type { Lang } from '../i18n/langs';
import type { Translate } from '../i18n/setup';
import { CHANGE_COLOURS } from '../map/compare-layers';
import { mapPng, type PngLegendEntry } from '../map/export-png';
import { exportFeatureCollection } from '../map/features/export-geojson';
import { STATUS_COLOURS } from '../map/overlay-expressions';
import { EVENT_WINDOW_DAYS } from '../map/features/events';
import type { AppState } from '../state/store';
import { CHANGE_KINDS, CHANGE_NAME_KEYS, orderedDays, placeChanges } from '../zones/compare';
import { citationHeading, exportFileName } from './share';

/**
 * The export actions behind the share menu, in their own chunk: the first paint carries only the
 * menu. Each builds its file from the store as it is now and starts the download.
 */

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The comparison's changes in the view, when comparing. */
function comparison(state: AppState) {
  if (state.compareDay === null || !state.zones || !state.dataset) return null;
  const { from, to } = orderedDays(state.compareDay, state.day);
  return {
    from,
    to,
    changes: placeChanges(state.zones, state.dataset.claims, state.view, from, to),
  };
}

/** Downloads the drawn features as GeoJSON; returns the file name. */
export function exportGeoJson(state: AppState): string {
  if (!state.dataset || !state.zones) throw new Error('the data is not loaded');
  const collection = exportFeatureCollection(state.dataset, state.zones, {
    day: state.day,
    view: state.view,
    layers: state.visibleLayers,
    eventWindowDays: EVENT_WINDOW_DAYS,
    compare: comparison(state),
  });
  const name = exportFileName(state.day, state.compareDay, state.view, 'geojson');
  download(new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }), name);
  return name;
}

/** Downloads the claims in force on the date as CSV; returns the file name. */
export function exportCsv(state: AppState): string {
  if (!state.dataset) throw new Error('the data is not loaded');
  const name = exportFileName(state.day, state.compareDay, state.view, 'csv');
  const text = claimsCsv(state.dataset, state.day, state.view);
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

/** The legend written into the image: settlement statuses, and the changes when comparing. */
function legendEntries(state: AppState, t: Translate): PngLegendEntry[] {
  const statuses: PngLegendEntry[] = [
    { colour: STATUS_COLOURS.ru, label: t('panel.compare.reading.ru') },
    { colour: STATUS_COLOURS.ua, label: t('panel.compare.reading.ua') },
    { colour: '#6a3d9a', label: t('panel.compare.reading.disputed') },
    { colour: '#555555', label: t('panel.compare.reading.contested') },
    { colour: STATUS_COLOURS.unclaimed, label: t('panel.compare.reading.unclaimed') },
  ];
  if (state.compareDay === null) return statuses;
  return [
    ...CHANGE_KINDS.map((kind) => ({
      colour: CHANGE_COLOURS[kind],
      label: t(CHANGE_NAME_KEYS[kind]),
      dashed: kind.endsWith('-lost'),
    })),
    ...statuses,
  ];
}

/** Downloads the map view as a PNG with heading, legend and attribution; returns the file name. */
export async function exportPng(
  map: MapLibreMap,
  state: AppState,
  viewName: string,
  t: Translate,
  lang: Lang,
): Promise<string> {
  const blob = await mapPng(map, {
    heading: [
      ...citationHeading(state.day, state.compareDay, viewName, t, lang),
      t('app.export.notFrontLine'),
    ],
    legend: legendEntries(state, t),
    attribution: `${t('app.export.evidence')} · © OpenStreetMap contributors (ODbL) · GeoNames (CC BY 4.0) · Natural Earth`,
  });
  const name = exportFileName(state.day, state.compareDay, state.view, 'png');
  download(blob, name);
  return name;
}
