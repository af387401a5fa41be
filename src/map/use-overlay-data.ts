import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapFeatures } from '../evidence/map-features';
import { OVERLAY_SOURCES } from './evidence-layers';
import { useMap } from './map-context';

/**
 * Hands the derived features to the overlay sources, once per dataset. Everything later (date,
 * view, selection) is a filter change; the features already carry every interval.
 */
export function useOverlayData(features: MapFeatures | null): void {
  const map = useMap();
  useEffect(() => {
    if (!features) return;
    const set = (id: string, data: GeoJSON.FeatureCollection) =>
      map.getSource<GeoJSONSource>(id)?.setData(data);
    set(OVERLAY_SOURCES.places, features.placeStatus);
    set(OVERLAY_SOURCES.placeLabels, features.placeLabels);
    set(OVERLAY_SOURCES.zones, features.zones);
    set(OVERLAY_SOURCES.events, features.events);
    set(OVERLAY_SOURCES.evacuations, features.evacuations);
  }, [map, features]);
}
