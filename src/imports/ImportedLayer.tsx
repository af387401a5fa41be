import { useEffect } from 'react';
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
} from 'maplibre-gl';
import { importedAreaFeatures, importedLabelPoints } from '../importer/layer-features';
import { inForce, LABEL_FONT, labelHalo } from '../map/overlay-expressions';
import { useMap } from '../map/map-context';
import type { AppState } from '../state/store';
import { useAppStoreApi } from '../state/store-context';
import { ASSESSED_COLOURS, assessedSideNames } from './format';
import type { Translate } from '../i18n/setup';
import { useT } from '../i18n/use-t';

/** The imported layer's source and layer ids. */
const IMPORTED_SOURCE = 'imported-assessments';
const IMPORTED_LABEL_SOURCE = 'imported-assessment-labels';
export const IMPORTED_LAYERS = {
  fill: 'imported-area-fill',
  line: 'imported-area-line',
  label: 'imported-area-label',
} as const;

const bySide = (values: Record<'ua' | 'ru' | 'unknown', string>): ExpressionSpecification => [
  'match',
  ['get', 'side'],
  'ua',
  values.ua,
  'ru',
  values.ru,
  values.unknown,
];

/** One feature set with `start_day`/`end_day`: the day's global state picks the snapshot. */
const filter: FilterSpecification = ['all', ...inForce];

function layers(t: Translate): LayerSpecification[] {
  return [
    {
      id: IMPORTED_LAYERS.fill,
      type: 'fill',
      source: IMPORTED_SOURCE,
      filter,
      paint: { 'fill-color': bySide(ASSESSED_COLOURS), 'fill-opacity': 0.12 },
    },
    {
      id: IMPORTED_LAYERS.line,
      type: 'line',
      source: IMPORTED_SOURCE,
      filter,
      paint: {
        'line-color': bySide(ASSESSED_COLOURS),
        'line-width': 2,
        'line-dasharray': [3, 2],
      },
    },
    {
      id: IMPORTED_LAYERS.label,
      type: 'symbol',
      source: IMPORTED_LABEL_SOURCE,
      filter,
      layout: {
        'text-field': [
          'concat',
          t('imports.layerLabel'),
          bySide(assessedSideNames(t)),
          '\n',
          ['get', 'source'],
          ' · ',
          ['get', 'date'],
        ],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-max-width': 14,
      },
      paint: { 'text-color': bySide(ASSESSED_COLOURS), ...labelHalo },
    },
  ];
}

const selectSnapshots = (state: AppState) => state.importedSnapshots;

/**
 * Draws the imported snapshot in force at the slider's date as its own layer (dashed outline,
 * light fill, labelled as imported), under the settlements; the data is replaced only when the
 * imports change, and the day filter does the rest.
 */
export function ImportedLayer() {
  const map = useMap();
  const store = useAppStoreApi();
  const t = useT();
  useEffect(() => {
    const before = map.getLayer('settlements-circle') ? 'settlements-circle' : undefined;
    const areas = importedAreaFeatures(selectSnapshots(store.getState()));
    map.addSource(IMPORTED_SOURCE, { type: 'geojson', data: areas });
    map.addSource(IMPORTED_LABEL_SOURCE, { type: 'geojson', data: importedLabelPoints(areas) });
    const [fill, line, label] = layers(t);
    map.addLayer(fill!, before);
    map.addLayer(line!, before);
    map.addLayer(label!);
    let current = selectSnapshots(store.getState());
    const unsubscribe = store.subscribe((state) => {
      const next = selectSnapshots(state);
      if (next === current) return;
      current = next;
      const nextAreas = importedAreaFeatures(next);
      map.getSource<GeoJSONSource>(IMPORTED_SOURCE)?.setData(nextAreas);
      map.getSource<GeoJSONSource>(IMPORTED_LABEL_SOURCE)?.setData(importedLabelPoints(nextAreas));
    });
    return () => {
      unsubscribe();
      if (!map.style) return;
      for (const id of Object.values(IMPORTED_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
      for (const id of [IMPORTED_SOURCE, IMPORTED_LABEL_SOURCE])
        if (map.getSource(id)) map.removeSource(id);
    };
  }, [map, store, t]);
  return null;
}
