import { useEffect, useRef } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { useLang, useT } from '../i18n/use-t';
import { useAppStoreApi } from '../state/store-context';
import { OVERLAY_SOURCES } from './overlay-expressions';
import { buildLabelFeatures } from './features/build';
import { useMap } from './map-context';

/**
 * Rewords the zone and evacuation labels when the reader switches language: one setData on
 * those two sources, the map and its camera untouched. The map was built in the language shown
 * at load, so nothing happens until the language changes.
 */
export function useLabelLanguage(): void {
  const map = useMap();
  const store = useAppStoreApi();
  const t = useT();
  const lang = useLang();
  const shown = useRef(lang);
  useEffect(() => {
    if (shown.current === lang) return;
    shown.current = lang;
    const { dataset, zones } = store.getState();
    if (!dataset || !zones) return;
    const labels = buildLabelFeatures(dataset, zones, { t, lang });
    map.getSource<GeoJSONSource>(OVERLAY_SOURCES.zoneLabels)?.setData(labels.zoneLabels);
    map.getSource<GeoJSONSource>(OVERLAY_SOURCES.evacuations)?.setData(labels.evacuations);
  }, [map, store, t, lang]);
}
