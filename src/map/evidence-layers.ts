import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerGroup } from './layers-slice';
import { COMBINED_VIEW } from './layers-slice';
import { SIDE_COLOURS, type ZonePatternId } from './pattern-images';

/** Overlay source ids; each gets its data once, when the dataset arrives. */
export const OVERLAY_SOURCES = {
  places: 'evidence-places',
  zones: 'evidence-zones',
  events: 'evidence-events',
  evacuations: 'evidence-evacuations',
} as const;

/** Names in the style's global state; hooks set them, layer filters read them. */
export const GLOBAL_STATE = { day: 'day', view: 'view', selectedPlace: 'selectedPlace' } as const;

/** Days an event marker stays on the map, counting the selected day. */
export const EVENT_WINDOW_DAYS = 7;

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
  unclaimed: '#bdbdbd',
} as const;

export const EVACUATION_COLOUR = '#6a3d9a';

/** Layer metadata key naming the legend group that toggles the layer. */
export const GROUP_KEY = 'evidence:group';

type OverlayLayer = LayerSpecification & { metadata: { [GROUP_KEY]: LayerGroup } };

const day: ExpressionSpecification = ['global-state', GLOBAL_STATE.day];
const view: ExpressionSpecification = ['global-state', GLOBAL_STATE.view];

/** Half-open `[start_day, end_day)`: a claim made on day d shows from d on. */
const inForce: ExpressionSpecification[] = [
  ['<=', ['get', 'start_day'], day],
  ['>', ['get', 'end_day'], day],
];

const inView: ExpressionSpecification = ['==', ['get', 'view'], view];

/** Zones exist per claimant; the combined view overlays every claimant's, each translucent. */
const zoneInView: ExpressionSpecification = [
  'any',
  ['==', view, COMBINED_VIEW],
  ['==', ['get', 'claimant'], view],
];

/**
 * The combined view stacks every claimant's zones; fainter fills keep several overlapping claims
 * readable instead of adding up to an opaque blot.
 */
const combinedOr = (combined: number, single: number): ExpressionSpecification => [
  'case',
  ['==', view, COMBINED_VIEW],
  combined,
  single,
];

const sideMatch = (ru: string, ua: string): ExpressionSpecification => [
  'match',
  ['get', 'side'],
  'ru',
  ru,
  ua,
];

const pattern: Record<'ru' | 'ua', ZonePatternId> = {
  ru: 'zone-pattern-ru',
  ua: 'zone-pattern-ua',
};

function group<L extends LayerSpecification>(layer: L, name: LayerGroup): L & OverlayLayer {
  return { ...layer, metadata: { [GROUP_KEY]: name } } as L & OverlayLayer;
}

const labelHalo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 } as const;

/** Empty GeoJSON sources; the dataset is loaded after the map, and setData fills them once. */
export function overlaySources(): Record<string, GeoJSONSourceSpecification> {
  const empty = (): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  return Object.fromEntries(Object.values(OVERLAY_SOURCES).map((id) => [id, empty()]));
}

function zoneLayers(): OverlayLayer[] {
  const filter: FilterSpecification = ['all', ...inForce, zoneInView];
  const source = OVERLAY_SOURCES.zones;
  return [
    group(
      {
        id: 'zones-fill',
        type: 'fill',
        source,
        filter,
        paint: {
          'fill-color': sideMatch(SIDE_COLOURS.ru, SIDE_COLOURS.ua),
          'fill-opacity': combinedOr(0.05, 0.12),
        },
      },
      'zones',
    ),
    group(
      {
        id: 'zones-pattern',
        type: 'fill',
        source,
        filter,
        paint: {
          'fill-pattern': sideMatch(pattern.ru, pattern.ua),
          'fill-opacity': combinedOr(0.3, 0.55),
        },
      },
      'zones',
    ),
    group(
      {
        id: 'zones-outline',
        type: 'line',
        source,
        filter,
        paint: {
          'line-color': sideMatch(SIDE_COLOURS.ru, SIDE_COLOURS.ua),
          'line-width': 1.5,
          'line-dasharray': [3, 2],
        },
      },
      'zones',
    ),
  ];
}

const placeFilter: FilterSpecification = ['all', ...inForce, inView];

function settlementLayers(): OverlayLayer[] {
  const source = OVERLAY_SOURCES.places;
  const status: ExpressionSpecification = ['get', 'status'];
  return [
    group(
      {
        id: 'settlements-circle',
        type: 'circle',
        source,
        filter: placeFilter,
        paint: {
          'circle-radius': ['match', status, 'disputed', 7, 'unclaimed', 4, 6],
          'circle-color': [
            'match',
            status,
            'ru',
            STATUS_COLOURS.ru,
            'ua',
            STATUS_COLOURS.ua,
            'contested',
            STATUS_COLOURS.contested,
            'disputed',
            STATUS_COLOURS.disputed,
            STATUS_COLOURS.unclaimed,
          ],
          // Stroke carries the non-colour cue: white rim (ua), dark rim (ru), thick dark ring
          // (contested), the other side's colour as a ring (disputed).
          'circle-stroke-color': [
            'match',
            status,
            'ru',
            '#5a2d02',
            'contested',
            '#333333',
            'disputed',
            SIDE_COLOURS.ua,
            '#ffffff',
          ],
          'circle-stroke-width': ['match', status, 'disputed', 3.5, 'contested', 3, 1.5],
        },
      },
      'settlements',
    ),
    group(
      {
        id: 'settlements-selected',
        type: 'circle',
        source,
        filter: [
          'all',
          ...inForce,
          inView,
          ['==', ['get', 'placeId'], ['global-state', GLOBAL_STATE.selectedPlace]],
        ],
        paint: {
          'circle-radius': 12,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': '#111111',
          'circle-stroke-width': 2.5,
        },
      },
      'settlements',
    ),
  ];
}

function evacuationLayers(): OverlayLayer[] {
  return [
    group(
      {
        id: 'evacuations-ring',
        type: 'circle',
        source: OVERLAY_SOURCES.evacuations,
        filter: ['all', ...inForce],
        paint: {
          'circle-radius': 11,
          'circle-color': 'rgba(106,61,154,0.08)',
          'circle-stroke-color': EVACUATION_COLOUR,
          'circle-stroke-width': 2,
        },
      },
      'evacuations',
    ),
  ];
}

/** Events of the last week up to the selected day, as small badges beside their place. */
function eventLayers(): OverlayLayer[] {
  return [
    group(
      {
        id: 'events-marker',
        type: 'circle',
        source: OVERLAY_SOURCES.events,
        filter: [
          'all',
          ['<=', ['-', day, EVENT_WINDOW_DAYS - 1], ['get', 'day']],
          ['<=', ['get', 'day'], day],
        ],
        paint: {
          'circle-radius': 4,
          'circle-color': '#222222',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-translate': [8, -8],
        },
      },
      'events',
    ),
  ];
}

/** E.g. "ru-mod · derived from 3 claimed settlements": what the zone rests on, in words. */
const zoneLabel: ExpressionSpecification = [
  'concat',
  ['get', 'claimant'],
  ' · derived from ',
  ['to-string', ['get', 'place_count']],
  ['case', ['==', ['get', 'place_count'], 1], ' claimed settlement', ' claimed settlements'],
];

/** Bottom to top; MapLibre places the topmost labels first, so evacuation labels win space. */
function labelLayers(): OverlayLayer[] {
  return [
    group(
      {
        id: 'zones-label',
        type: 'symbol',
        source: OVERLAY_SOURCES.zones,
        filter: ['all', ...inForce, zoneInView],
        layout: {
          'text-field': zoneLabel,
          'text-font': LABEL_FONT,
          'text-size': 10,
          'text-max-width': 9,
          // Pushed off the zone's centre, where its settlement's own label sits.
          'text-variable-anchor': ['bottom', 'top', 'right', 'left'],
          'text-radial-offset': 2.4,
        },
        paint: { 'text-color': sideMatch('#7f3b08', '#053061'), ...labelHalo },
      },
      'zones',
    ),
    group(
      {
        id: 'settlements-label',
        type: 'symbol',
        source: OVERLAY_SOURCES.places,
        filter: placeFilter,
        layout: {
          // Native name first (Cyrillic), English under it, as on bilingual road signs.
          'text-field': [
            'format',
            ['get', 'name_native'],
            {},
            '\n',
            {},
            ['get', 'name_en'],
            { 'font-scale': 0.85 },
          ],
          'text-font': LABEL_FONT,
          'text-size': 13,
          // Places with more claims on record are the story; they keep their label in a crowd.
          'symbol-sort-key': ['-', ['get', 'claim_count']],
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.9,
          'text-justify': 'auto',
        },
        paint: { 'text-color': '#1a1a1a', ...labelHalo },
      },
      'settlements',
    ),
    group(
      {
        id: 'evacuations-label',
        type: 'symbol',
        source: OVERLAY_SOURCES.evacuations,
        filter: [
          'all',
          ...inForce,
          ['<', ['-', day, EVACUATION_LABEL_DAYS], ['get', 'start_day']],
          ['==', ['get', 'role'], 'hromada-centre'],
        ],
        layout: {
          'text-field': ['get', 'label'],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-max-width': 12,
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
          'text-radial-offset': 1.6,
        },
        paint: { 'text-color': EVACUATION_COLOUR, ...labelHalo },
      },
      'evacuations',
    ),
  ];
}

/** Every overlay layer, bottom to top; each is tagged with the legend group that toggles it. */
export function overlayLayers(): OverlayLayer[] {
  return [
    ...zoneLayers(),
    ...evacuationLayers(),
    ...settlementLayers(),
    ...eventLayers(),
    ...labelLayers(),
  ];
}

/** The legend group of an overlay layer. */
export function layerGroup(layer: OverlayLayer): LayerGroup {
  return layer.metadata[GROUP_KEY];
}

/** Layers a click can select, topmost first; zones last so a settlement inside one wins. */
export const CLICKABLE_PLACE_LAYERS = ['events-marker', 'settlements-circle', 'evacuations-ring'];
export const CLICKABLE_ZONE_LAYERS = ['zones-fill'];

/** The offline basemap's border; zone areas go under it so the border stays readable. */
export const BASEMAP_BORDER_LAYER = 'basemap-border-casing';

/** Zone areas under the basemap border (when there is one), everything else on top. */
function stackOverlay(base: LayerSpecification[], overlay: OverlayLayer[]): LayerSpecification[] {
  const at = base.findIndex((layer) => layer.id === BASEMAP_BORDER_LAYER);
  if (at < 0) return [...base, ...overlay];
  const isArea = (layer: OverlayLayer) => layer.type === 'fill' || layer.type === 'line';
  const under = overlay.filter(isArea);
  const over = overlay.filter((layer) => !isArea(layer));
  return [...base.slice(0, at), ...under, ...base.slice(at), ...over];
}

/** Initial values of the global state; later changes go through setGlobalStateProperty. */
export interface OverlayState {
  day: number;
  view: string;
  selectedPlace: string | null;
}

/**
 * The basemap with the evidence overlay on top. The time and view logic lives in the layer
 * filters (global state), so scrubbing the date is one setGlobalStateProperty, never setData.
 */
export function withEvidenceOverlay(
  base: StyleSpecification,
  initial: OverlayState,
): StyleSpecification {
  return {
    ...base,
    state: {
      ...base.state,
      [GLOBAL_STATE.day]: { default: initial.day },
      [GLOBAL_STATE.view]: { default: initial.view },
      [GLOBAL_STATE.selectedPlace]: { default: initial.selectedPlace ?? '' },
    },
    sources: { ...base.sources, ...overlaySources() },
    layers: stackOverlay(base.layers, overlayLayers()),
  };
}
