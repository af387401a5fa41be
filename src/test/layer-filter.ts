import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';

/** MapLibre's geometry type codes, as its filters see them. */
const GEOMETRY_TYPE = { point: 1, polygon: 3 } as const;

/**
 * Whether a layer filter lets a feature with these properties through, evaluated by MapLibre's
 * own expression engine with the given global state (day, view, …) at zoom 9.
 */
export function passesFilter(
  filter: unknown,
  properties: Record<string, unknown>,
  globalState: Record<string, unknown> = {},
  geometry: keyof typeof GEOMETRY_TYPE = 'point',
): boolean {
  return featureFilter(filter as FilterSpecification | undefined, 'filter', globalState).filter(
    { zoom: 9, globalState },
    { type: GEOMETRY_TYPE[geometry], properties, geometry: [] } as never,
  );
}
