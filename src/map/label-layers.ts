import type { ExpressionSpecification } from 'maplibre-gl';
import { bilingualLabel } from './basemap-style';
import {
  EVACUATION_COLOUR,
  EVACUATION_LABEL_DAYS,
  LABEL_FONT,
  OVERLAY_SOURCES,
  day,
  group,
  inForce,
  inView,
  labelHalo,
  statusMatch,
  type OverlayLayer,
} from './overlay-expressions';
import type { LayerGroup } from '../state/layers-slice';
import type { ZoneStatus } from '../zones/combined-status';
import { perFeature } from './per-feature';

/** Zone labels: dark side colours read over the patterns; purple for disputed, grey contested. */
const ZONE_LABEL_COLOURS: Record<ZoneStatus, string> = {
  ru: '#7f3b08',
  'ru-implied': '#7f3b08',
  ua: '#053061',
  'ua-implied': '#053061',
  disputed: '#3f007d',
  contested: '#333333',
};

/**
 * Names longer than this (a monastery's full dedication runs to 52 letters) would wrap into a
 * five-line block across cells and rings at overview zooms; below {@link LONG_LABEL_MIN_ZOOM}
 * they give way, and the dot, its hover text and the list still name the place.
 */
export const LONG_LABEL_CHARS = 28;
/** The zoom from which long names are drawn (≈ 1 km to a centimetre of screen). */
export const LONG_LABEL_MIN_ZOOM = 11;

/**
 * Above this many located places, settlement names wait for {@link DENSE_LABEL_MIN_ZOOM}: at the
 * region's overview only a handful could be placed among them, yet software WebGL laid out,
 * collision-tested and drew every one on each frame (10,000 places: ~1 s a frame).
 */
export const DENSE_PLACES = 1000;
/** The zoom from which a dense map names its settlements (≈ 150 m to a pixel). */
export const DENSE_LABEL_MIN_ZOOM = 10;

/** The bilingual name, empty for long names below {@link LONG_LABEL_MIN_ZOOM}. */
function settlementLabel(): ExpressionSpecification {
  const label = bilingualLabel('name_en', 0.85);
  const long: ExpressionSpecification = ['>', ['length', ['get', 'name_native']], LONG_LABEL_CHARS];
  return ['step', ['zoom'], ['case', long, ['format', '', {}], label], LONG_LABEL_MIN_ZOOM, label];
}

/** One view's zone labels for a set of statuses ("Russian Defence Ministry: held by Russia"). */
function zoneLabelLayer(id: string, statuses: ZoneStatus[], layerGroup: LayerGroup): OverlayLayer {
  return group(
    {
      id,
      type: 'symbol',
      source: OVERLAY_SOURCES.zoneLabels,
      filter: ['all', ...inForce, inView, ['in', ['get', 'status'], ['literal', statuses]]],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-max-width': 14,
        // Pushed off the cell's settlement, whose own label sits at the centre.
        'text-variable-anchor': ['bottom', 'top', 'right', 'left'],
        'text-radial-offset': 1.8,
      },
      paint: { 'text-color': statusMatch(ZONE_LABEL_COLOURS), ...labelHalo },
    },
    layerGroup,
  );
}

/**
 * Bottom to top; MapLibre places the topmost labels first, so evacuation labels win space.
 * `locatedPlaces` is how many settlements are drawn (see {@link DENSE_PLACES}).
 */
export function labelLayers(locatedPlaces = 0): OverlayLayer[] {
  return [
    group(
      {
        id: 'settlements-label',
        type: 'symbol',
        ...(locatedPlaces > DENSE_PLACES ? { minzoom: DENSE_LABEL_MIN_ZOOM } : {}),
        // Its own day- and view-independent source and no filter: every located place is drawn
        // on every day, and a global-state clause here would reload every label tile per scrub.
        source: OVERLAY_SOURCES.placeLabels,
        layout: {
          'text-field': settlementLabel(),
          'text-max-width': 12,
          'text-font': LABEL_FONT,
          'text-size': 13,
          // Places with more claims on record are the story; they keep their label in a crowd.
          'symbol-sort-key': ['-', ['get', 'claims_on_record']],
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.9,
          'text-justify': 'auto',
        },
        paint: { 'text-color': perFeature('#1a1a1a'), ...labelHalo },
      },
      'settlements',
    ),
    // Above the settlement names: one label per zone names its view, side and km², and is
    // the reading of the map a settlement's name must not crowd out.
    zoneLabelLayer('zones-implied-label', ['ru-implied', 'ua-implied'], 'implied'),
    zoneLabelLayer('zones-label', ['ru', 'ua', 'disputed', 'contested'], 'zones'),
    group(
      {
        id: 'evacuations-label',
        type: 'symbol',
        source: OVERLAY_SOURCES.evacuations,
        filter: [
          'all',
          ...inForce,
          ['<', ['-', day, EVACUATION_LABEL_DAYS], ['get', 'start_day']],
          ['==', ['get', 'labelled'], true],
        ],
        layout: {
          'text-field': ['get', 'label'],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-max-width': 12,
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
          'text-radial-offset': 1.6,
        },
        paint: { 'text-color': perFeature(EVACUATION_COLOUR), ...labelHalo },
      },
      'evacuations',
    ),
  ];
}
