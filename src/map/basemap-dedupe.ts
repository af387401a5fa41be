import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { Place } from '../data/schema';
import { GLOBAL_STATE } from './overlay-expressions';

/** Basemap layers that draw the GeoNames towns the evidence layer may also draw. */
const TOWN_LAYERS = ['basemap-town-circle', 'basemap-town-label'];

/**
 * The style with basemap towns hidden that the evidence layer draws itself (same GeoNames id or
 * English name), so Sudzha is labelled once, with its claimed status, instead of twice a few
 * pixels apart. While the settlements group is switched off (global state false) the basemap
 * shows them all again, so the map keeps its town names. Other basemaps (no such layers) pass
 * through unchanged.
 */
export function withoutDuplicateTowns(
  style: StyleSpecification,
  places: readonly Place[],
): StyleSpecification {
  const located = places.filter((place) => place.location);
  if (located.length === 0) return style;
  const ids = located.flatMap((place) => place.location?.geonameid ?? []);
  const names = located.map((place) => place.names.en);
  const hidden: FilterSpecification = [
    'any',
    ['==', ['global-state', GLOBAL_STATE.settlementsShown], false],
    [
      'all',
      ['!', ['in', ['get', 'geonameid'], ['literal', ids]]],
      ['!', ['in', ['get', 'name'], ['literal', names]]],
    ],
  ];
  return {
    ...style,
    layers: style.layers.map((layer) =>
      TOWN_LAYERS.includes(layer.id) && (layer.type === 'circle' || layer.type === 'symbol')
        ? {
            ...layer,
            filter: layer.filter ? (['all', layer.filter, hidden] as FilterSpecification) : hidden,
          }
        : layer,
    ),
  };
}
