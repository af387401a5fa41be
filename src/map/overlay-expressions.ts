import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerGroup } from '../state/layers-slice';
import type { ZoneStatus } from '../zones/combined-status';
import { SIDE_COLOURS } from './pattern-images';

/**
 * Overlay source ids; each gets its data once, when the dataset arrives. `placeLabels` holds one
 * point per located place with no day or view, so a date change (a global-state change in the
 * filters) does not make MapLibre reload and re-lay out the settlement labels.
 */
export const OVERLAY_SOURCES = {
  places: 'evidence-places',
  placeLabels: 'evidence-place-labels',
  zones: 'evidence-zones',
  zoneLabels: 'evidence-zone-labels',
  events: 'evidence-events',
  evacuations: 'evidence-evacuations',
} as const;

/** Names in the style's global state; hooks set them, layer filters read them. */
export const GLOBAL_STATE = {
  day: 'day',
  view: 'view',
  selectedPlace: 'selectedPlace',
  /** Whether the settlements layer group is on (the basemap shows its own towns when it is off). */
  settlementsShown: 'settlementsShown',
} as const;

/**
 * Days an evacuation order keeps its text label; the ring stays for good (orders publish no end
 * date), but older labels would pile up over newer ones.
 */
export const EVACUATION_LABEL_DAYS = 30;

/** The font the basemap registers through `font-faces` (Latin + Cyrillic subsets). */
export const LABEL_FONT = ['Noto Sans Regular'];

/** Settlement colours by claimed status; disputed adds a ring in the other side's colour. */
export const STATUS_COLOURS = {
  ru: SIDE_COLOURS.ru,
  ua: SIDE_COLOURS.ua,
  contested: '#ffffff',
  disputed: SIDE_COLOURS.ru,
  'ru-implied': '#fbd3a6',
  'ua-implied': '#a6c8e6',
  unclaimed: '#bdbdbd',
} as const;

/** Purple: neither side's colour, because an evacuation order is not a control claim. */
export const EVACUATION_COLOUR = '#6a3d9a';

/** Layer metadata key naming the legend group that toggles the layer. */
export const GROUP_KEY = 'evidence:group';

/** An overlay layer, tagged with the legend group that toggles it. */
export type OverlayLayer = LayerSpecification & { metadata: { [GROUP_KEY]: LayerGroup } };

/** The selected day and claims view, read from the style's global state by every filter. */
export const day: ExpressionSpecification = ['global-state', GLOBAL_STATE.day];
const view: ExpressionSpecification = ['global-state', GLOBAL_STATE.view];

/** Half-open `[start_day, end_day)`: a claim made on day d shows from d on. */
export const inForce: ExpressionSpecification[] = [
  ['<=', ['get', 'start_day'], day],
  ['>', ['get', 'end_day'], day],
];

/** Place features are precomputed per view; this keeps the selected one. */
export const inView: ExpressionSpecification = ['==', ['get', 'view'], view];

/** Picks a value by a feature's `status` (cells, zone labels). */
export const statusMatch = (
  values: Readonly<Record<ZoneStatus, string>>,
): ExpressionSpecification => [
  'match',
  ['get', 'status'],
  'ru',
  values.ru,
  'ua',
  values.ua,
  'ru-implied',
  values['ru-implied'],
  'ua-implied',
  values['ua-implied'],
  'disputed',
  values.disputed,
  values.contested,
];

/** Tags a layer with its legend group. */
export function group<L extends LayerSpecification>(layer: L, name: LayerGroup): L & OverlayLayer {
  return { ...layer, metadata: { [GROUP_KEY]: name } } as L & OverlayLayer;
}

/** White halo so labels read over fills, hatching and the border. */
export const labelHalo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 } as const;

/** Settlements in force on the selected day, in the selected claims view. */
export const placeFilter: FilterSpecification = ['all', ...inForce, inView];
