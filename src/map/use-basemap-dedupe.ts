import { useEffect } from 'react';
import type { FilterSpecification } from 'maplibre-gl';
import type { Place } from '../data/schema';
import { useMap } from './map-context';

/** Basemap layers that draw the GeoNames towns the evidence layer may also draw. */
const TOWN_LAYERS = ['basemap-town-circle', 'basemap-town-label'];

/**
 * Hides basemap towns that the evidence layer draws itself (same GeoNames id or English name),
 * so Sudzha is labelled once, with its claimed status, instead of twice a few pixels apart.
 */
export function useBasemapDedupe(places: readonly Place[] | null): void {
  const map = useMap();
  useEffect(() => {
    if (!places) return;
    const located = places.filter((place) => place.location);
    const ids = located.flatMap((place) => place.location?.geonameid ?? []);
    const names = located.map((place) => place.names.en);
    const filter: FilterSpecification = [
      'all',
      ['!', ['in', ['get', 'geonameid'], ['literal', ids]]],
      ['!', ['in', ['get', 'name'], ['literal', names]]],
    ];
    for (const id of TOWN_LAYERS) if (map.getLayer(id)) map.setFilter(id, filter);
  }, [map, places]);
}
