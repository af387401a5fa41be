import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CELL_TILE_LAYER, CELL_TILE_MAXZOOM } from './features/cell-tiles';
import type { OverlayFeatures } from './features/build';
import { EVENT_WINDOW_DAYS } from './features/events';
import { labelLayers } from './label-layers';
import type { LayerGroup } from '../state/layers-slice';
import {
  EVACUATION_COLOUR,
  GLOBAL_STATE,
  GROUP_KEY,
  OVERLAY_SOURCES,
  STATUS_COLOURS,
  day,
  group,
  inForce,
  inView,
  placeFilter,
  statusMatch,
  type OverlayLayer,
} from './overlay-expressions';
import { SIDE_COLOURS, ZONE_STATUSES, zonePatternId } from './pattern-images';
import type { ZoneStatus } from '../zones/combined-status';
import { perFeature } from './per-feature';

/** Where the cells come from: the build's vector tiles, or GeoJSON the page built. */
export type CellSource = 'tiles' | 'geojson';

/** The cells' source kind for `features` (tiles when the build's files are used). */
const cellSourceOf = (features: OverlayFeatures | null): CellSource =>
  typeof features?.zones === 'string' ? 'tiles' : 'geojson';

/**
 * The overlay sources with their data (or the URL MapLibre's worker fetches it from), so the
 * first tile pass draws the evidence with the basemap (one pass, no setData after load). Without
 * features (the data failed to load) they are empty.
 */
function overlaySources(
  features: OverlayFeatures | null,
): Record<string, GeoJSONSourceSpecification | VectorSourceSpecification> {
  const source = (data: FeatureCollection | string | undefined): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data: data ?? { type: 'FeatureCollection', features: [] },
  });
  return {
    [OVERLAY_SOURCES.places]: source(features?.placeStatus),
    [OVERLAY_SOURCES.placeLabels]: source(features?.placeLabels),
    [OVERLAY_SOURCES.zones]:
      typeof features?.zones === 'string'
        ? { type: 'vector', tiles: [features.zones], maxzoom: CELL_TILE_MAXZOOM }
        : source(features?.zones),
    [OVERLAY_SOURCES.zoneLabels]: source(features?.zoneLabels),
    [OVERLAY_SOURCES.events]: source(features?.events),
    [OVERLAY_SOURCES.evacuations]: source(features?.evacuations),
  };
}

/** Statuses a view states (the 'zones' group) and those it only implies (the 'implied' group). */
const STATED: ZoneStatus[] = ['ru', 'ua', 'disputed', 'contested'];
const IMPLIED: ZoneStatus[] = ['ru-implied', 'ua-implied'];

const PATTERNS = Object.fromEntries(
  ZONE_STATUSES.map((status) => [status, zonePatternId(status)]),
) as Record<ZoneStatus, string>;

/** Cell edges: each side's colour, purple for disputed, grey for contested. */
const EDGE_COLOURS: Record<ZoneStatus, string> = {
  ru: SIDE_COLOURS.ru,
  ua: SIDE_COLOURS.ua,
  'ru-implied': SIDE_COLOURS.ru,
  'ua-implied': SIDE_COLOURS.ua,
  disputed: '#6a3d9a',
  contested: '#555555',
};

/** A status in `statuses`, in the selected view, on the selected day. */
function cellFilter(statuses: ZoneStatus[]): FilterSpecification {
  return ['all', ...inForce, inView, ['in', ['get', 'status'], ['literal', statuses]]];
}

/**
 * Fill layers of one set of statuses, one per status with its pattern as a constant: a
 * data-driven pattern costs MapLibre's worker a pattern position per vertex (10,000 cells: ~0.7 s
 * and the garbage it leaves); the edges, one layer per set, take the status colour per feature.
 */
function cellLayers(
  statuses: ZoneStatus[],
  layerGroup: LayerGroup,
  cells: CellSource,
): OverlayLayer[] {
  const implied = layerGroup === 'implied';
  const source = OVERLAY_SOURCES.zones;
  const sourceLayer = cells === 'tiles' ? { 'source-layer': CELL_TILE_LAYER } : {};
  const areas = statuses.map((status) =>
    group(
      {
        id: zoneAreaLayerId(status),
        type: 'fill',
        source,
        ...sourceLayer,
        filter: cellFilter([status]),
        paint: {
          // The edge layer draws the outline; an antialiased fill would add an outline shader
          // pass per zone layer, which software WebGL pays for on every cold start.
          'fill-antialias': false,
          'fill-pattern': PATTERNS[status],
          'fill-opacity': implied ? 0.7 : 0.85,
        },
      },
      layerGroup,
    ),
  );
  return [
    ...areas,
    group(
      {
        id: implied ? 'zones-implied-outline' : 'zones-outline',
        type: 'line',
        source,
        ...sourceLayer,
        filter: cellFilter(statuses),
        paint: {
          'line-color': statusMatch(EDGE_COLOURS),
          'line-width': implied ? 0.8 : 1,
          'line-opacity': implied ? 0.5 : 0.7,
          ...(implied ? { 'line-dasharray': [2, 2] } : {}),
        },
      },
      layerGroup,
    ),
  ];
}

/** The fill layer of one status's cells. */
const zoneAreaLayerId = (status: ZoneStatus) => `zones-area-${status}`;

/** The cell fill layers of the stated statuses and of the implied ones (queries, clicks). */
export const ZONE_AREA_LAYERS = {
  zones: STATED.map(zoneAreaLayerId),
  implied: IMPLIED.map(zoneAreaLayerId),
};

/** Settlement cells: stated statuses and, switchable apart, implied ones. */
function zoneLayers(cells: CellSource): OverlayLayer[] {
  return [...cellLayers(IMPLIED, 'implied', cells), ...cellLayers(STATED, 'zones', cells)];
}

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
            'ru-implied',
            STATUS_COLOURS['ru-implied'],
            'ua-implied',
            STATUS_COLOURS['ua-implied'],
            STATUS_COLOURS.unclaimed,
          ],
          // Stroke carries the non-colour cue: white rim (ua), dark rim (ru), thick dark ring
          // (contested), the other side's colour as a ring (disputed), the side's colour
          // around a pale dot (implied).
          'circle-stroke-color': [
            'match',
            status,
            'ru',
            '#5a2d02',
            'ru-implied',
            SIDE_COLOURS.ru,
            'ua-implied',
            SIDE_COLOURS.ua,
            'contested',
            '#333333',
            'disputed',
            SIDE_COLOURS.ua,
            '#ffffff',
          ],
          'circle-stroke-width': [
            'match',
            status,
            'disputed',
            3.5,
            'contested',
            3,
            ['ru-implied', 'ua-implied'],
            2,
            1.5,
          ],
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
          'circle-radius': perFeature(12),
          'circle-color': perFeature('rgba(0,0,0,0)'),
          'circle-stroke-color': perFeature('#111111'),
          'circle-stroke-width': perFeature(2.5),
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
          'circle-radius': perFeature(11),
          'circle-color': perFeature('rgba(106,61,154,0.08)'),
          'circle-stroke-color': perFeature(EVACUATION_COLOUR),
          'circle-stroke-width': perFeature(2),
        },
      },
      'evacuations',
    ),
  ];
}

/**
 * A place's event marker is shown on day d when it has an event on one of the window's days
 * d − 6 … d: a substring test of `,day,` in its `event_days` per window day, after the span test
 * has let through only places with events near d.
 */
export function eventMarkerFilter(): FilterSpecification {
  const eventOn = (back: number): ExpressionSpecification => [
    'in',
    ['concat', ',', ['to-string', ['-', day, back]], ','],
    ['get', 'event_days'],
  ];
  const window = Array.from({ length: EVENT_WINDOW_DAYS }, (_, back) => eventOn(back));
  return ['all', ...inForce, ['any', ...window]];
}

/** Events of the last week up to the selected day, as small badges beside their place. */
function eventLayers(): OverlayLayer[] {
  return [
    group(
      {
        id: 'events-marker',
        type: 'circle',
        source: OVERLAY_SOURCES.events,
        filter: eventMarkerFilter(),
        paint: {
          'circle-radius': perFeature(4),
          'circle-color': perFeature('#222222'),
          'circle-stroke-color': perFeature('#ffffff'),
          'circle-stroke-width': perFeature(1.5),
          'circle-translate': [8, -8],
        },
      },
      'events',
    ),
  ];
}

/**
 * Every overlay layer, bottom to top; each is tagged with the legend group that toggles it. The
 * cell layers name their tile layer when the cells are the build's tiles.
 */
export function overlayLayers(locatedPlaces = 0, cells: CellSource = 'geojson'): OverlayLayer[] {
  return [
    ...zoneLayers(cells),
    ...evacuationLayers(),
    ...settlementLayers(),
    ...eventLayers(),
    ...labelLayers(locatedPlaces),
  ];
}

/** The legend group of an overlay layer. */
export function layerGroup(layer: OverlayLayer): LayerGroup {
  return layer.metadata[GROUP_KEY];
}

/** Layers a click can select, topmost first; zones last so a settlement inside one wins. */
export const CLICKABLE_PLACE_LAYERS = ['events-marker', 'settlements-circle', 'evacuations-ring'];
export const CLICKABLE_ZONE_LAYERS = [...ZONE_AREA_LAYERS.zones, ...ZONE_AREA_LAYERS.implied];

/** The offline basemap's border; zone areas go under it so the border stays readable. */
const BASEMAP_BORDER_LAYER = 'basemap-border-casing';

/** Zone areas under the basemap border (when there is one), everything else on top. */
function stackOverlay(base: LayerSpecification[], overlay: OverlayLayer[]): LayerSpecification[] {
  const at = base.findIndex((layer) => layer.id === BASEMAP_BORDER_LAYER);
  if (at < 0) return [...base, ...overlay];
  const isArea = (layer: OverlayLayer) => layer.type === 'fill' || layer.type === 'line';
  const under = overlay.filter(isArea);
  const over = overlay.filter((layer) => !isArea(layer));
  return [...base.slice(0, at), ...under, ...base.slice(at), ...over];
}

/**
 * Initial values of the global state and of the legend's layer toggles; later changes go through
 * setGlobalStateProperty and setLayoutProperty, which skip values the style already has.
 */
export interface OverlayState {
  day: number;
  view: string;
  selectedPlace: string | null;
  visibleLayers: Record<LayerGroup, boolean>;
}

/**
 * The layer with its group's visibility written into the style: set after load instead, the
 * first setLayoutProperty would reload the layer's source, a second tile pass at start-up.
 */
function withVisibility(layer: OverlayLayer, visible: Record<LayerGroup, boolean>): OverlayLayer {
  const visibility = visible[layerGroup(layer)] ? 'visible' : 'none';
  return { ...layer, layout: { ...layer.layout, visibility } } as OverlayLayer;
}

/**
 * The basemap with the evidence overlay on top. The time and view logic lives in the layer
 * filters (global state), so scrubbing the date is one setGlobalStateProperty, never setData.
 */
export function withEvidenceOverlay(
  base: StyleSpecification,
  initial: OverlayState,
  features: OverlayFeatures | null,
  locatedPlaces = 0,
): StyleSpecification {
  return {
    ...base,
    // No paint transitions: a date or view change shows at once, and the zone pattern's
    // 300 ms cross-fade no longer keeps software WebGL painting frames at start-up (-0.5 s).
    transition: { duration: 0, delay: 0 },
    state: {
      ...base.state,
      [GLOBAL_STATE.day]: { default: initial.day },
      [GLOBAL_STATE.view]: { default: initial.view },
      [GLOBAL_STATE.selectedPlace]: { default: initial.selectedPlace ?? '' },
      [GLOBAL_STATE.settlementsShown]: { default: initial.visibleLayers.settlements },
    },
    sources: { ...base.sources, ...overlaySources(features) },
    layers: stackOverlay(
      base.layers,
      overlayLayers(locatedPlaces, cellSourceOf(features)).map((layer) =>
        withVisibility(layer, initial.visibleLayers),
      ),
    ),
  };
}
