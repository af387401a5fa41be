import { useEffect } from 'react';
import type { MapMouseEvent, PointLike } from 'maplibre-gl';
import type { ZoneStatus } from '../zones/combined-status';
import { ZONE_STATUSES } from './pattern-images';
import { useAppStoreApi } from '../state/store-context';
import { CLICKABLE_PLACE_LAYERS, CLICKABLE_ZONE_LAYERS } from './evidence-layers';
import { useMap } from './map-context';

/** Pixels of slack around a click or touch so small markers are easy to hit with a thumb. */
const HIT_SLOP = 8;

function around(event: MapMouseEvent): [PointLike, PointLike] {
  const { x, y } = event.point;
  return [
    [x - HIT_SLOP, y - HIT_SLOP],
    [x + HIT_SLOP, y + HIT_SLOP],
  ];
}

/**
 * Clicking a settlement, evacuation ring or event badge selects its place; clicking inside a
 * cell selects its zone (the cells of that view and status). Markers win over zones because they sit on top. The pointer cursor
 * shows what is clickable.
 */
export function useMapClick(): void {
  const map = useMap();
  const store = useAppStoreApi();
  useEffect(() => {
    const placeAt = (event: MapMouseEvent) =>
      map.queryRenderedFeatures(around(event), { layers: CLICKABLE_PLACE_LAYERS })[0];
    const zoneAt = (event: MapMouseEvent) =>
      map.queryRenderedFeatures(event.point, { layers: CLICKABLE_ZONE_LAYERS })[0];

    const onClick = (event: MapMouseEvent) => {
      const place = placeAt(event);
      const placeId: unknown = place?.properties.placeId;
      if (typeof placeId === 'string') {
        store.getState().selectPlace(placeId);
        return;
      }
      const zone = zoneAt(event);
      const { view, status } = (zone?.properties ?? {}) as Record<string, unknown>;
      if (typeof view === 'string' && ZONE_STATUSES.includes(status as ZoneStatus)) {
        store.getState().selectZone({ view, status: status as ZoneStatus });
      }
    };
    const onMove = (event: MapMouseEvent) => {
      const hit = placeAt(event) ?? zoneAt(event);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
    };
    map.on('click', onClick);
    map.on('mousemove', onMove);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
    };
  }, [map, store]);
}
