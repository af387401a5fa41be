import { useEffect, useRef } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { useLang, useT } from '../i18n/use-t';
import { useAppStoreApi } from '../state/store-context';
import { OVERLAY_SOURCES } from './overlay-expressions';
import { buildZoneLabels, viewOnly } from './features/build';
import { buildEvacuationFeatures } from './features/events';
import { useMap } from './map-context';

/**
 * Rewords the zone labels (of the selected view) and evacuation labels when the reader switches
 * language: one setData on those two sources, the map and its camera untouched. The map was
 * built in the language shown at load, so nothing happens until the language changes.
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
    const { dataset, zones, view } = store.getState();
    if (!dataset || !zones) return;
    const zoneLabels = buildZoneLabels(dataset, viewOnly(zones, view), { t, lang });
    map.getSource<GeoJSONSource>(OVERLAY_SOURCES.zoneLabels)?.setData(zoneLabels);
    map
      .getSource<GeoJSONSource>(OVERLAY_SOURCES.evacuations)
      ?.setData(buildEvacuationFeatures(dataset, t));
  }, [map, store, t, lang]);
}
