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
  labelHalo,
  sideMatch,
  zoneInView,
  type OverlayLayer,
} from './overlay-expressions';

/** E.g. "Russian Defence Ministry · derived from 3 claimed settlements": what the zone rests on, in words. */
const zoneLabel: ExpressionSpecification = [
  'concat',
  ['get', 'claimant_name'],
  ' · derived from ',
  ['to-string', ['get', 'place_count']],
  ['case', ['==', ['get', 'place_count'], 1], ' claimed settlement', ' claimed settlements'],
];

/** Bottom to top; MapLibre places the topmost labels first, so evacuation labels win space. */
export function labelLayers(): OverlayLayer[] {
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
        // Its own day- and view-independent source and no filter: every located place is drawn
        // on every day, and a global-state clause here would reload every label tile per scrub.
        source: OVERLAY_SOURCES.placeLabels,
        layout: {
          'text-field': bilingualLabel('name_en', 0.85),
          'text-font': LABEL_FONT,
          'text-size': 13,
          // Places with more claims on record are the story; they keep their label in a crowd.
          'symbol-sort-key': ['-', ['get', 'claims_on_record']],
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
