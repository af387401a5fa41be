import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { CHANGE_KINDS, type ChangeKind } from '../zones/compare';
import { inForce, inView } from './overlay-expressions';
import { SIDE_COLOURS } from './pattern-images';

/** The comparison's source and layer ids. */
export const CHANGE_SOURCE = 'compare-changes';
export const CHANGE_LAYERS = {
  fill: 'changes-area',
  edge: 'changes-outline',
  lostEdge: 'changes-lost-outline',
} as const;

/** Gains in the gaining side's colour, a new dispute in purple, a loss to neither in grey. */
export const CHANGE_COLOURS: Readonly<Record<ChangeKind, string>> = {
  'ru-gained': SIDE_COLOURS.ru,
  'ua-gained': SIDE_COLOURS.ua,
  disputed: '#6a3d9a',
  'ru-lost': SIDE_COLOURS.ru,
  'ua-lost': SIDE_COLOURS.ua,
};

const LOST: ChangeKind[] = ['ru-lost', 'ua-lost'];
const HELD: ChangeKind[] = CHANGE_KINDS.filter((kind) => !LOST.includes(kind));

const byKind = (values: Readonly<Record<ChangeKind, string>>): ExpressionSpecification =>
  [
    'match',
    ['get', 'kind'],
    ...CHANGE_KINDS.flatMap((kind) => [kind, values[kind]]),
    '#000000',
  ] as unknown as ExpressionSpecification;

function kindFilter(kinds: readonly ChangeKind[]): FilterSpecification {
  return ['all', ...inForce, inView, ['in', ['get', 'kind'], ['literal', kinds]]];
}

/**
 * The change layers, told apart by more than colour: gained and newly disputed cells get a
 * translucent fill and a thick solid edge, a loss to neither a pale grey fill and a dashed edge
 * in the losing side's colour. Day and view come from the global state, like every overlay.
 */
export function changeLayers(): LayerSpecification[] {
  return [
    {
      id: CHANGE_LAYERS.fill,
      type: 'fill',
      source: CHANGE_SOURCE,
      filter: kindFilter(CHANGE_KINDS),
      paint: {
        'fill-color': byKind({ ...CHANGE_COLOURS, 'ru-lost': '#9e9e9e', 'ua-lost': '#9e9e9e' }),
        'fill-opacity': 0.4,
      },
    },
    {
      id: CHANGE_LAYERS.edge,
      type: 'line',
      source: CHANGE_SOURCE,
      filter: kindFilter(HELD),
      paint: { 'line-color': byKind(CHANGE_COLOURS), 'line-width': 3.5 },
    },
    {
      id: CHANGE_LAYERS.lostEdge,
      type: 'line',
      source: CHANGE_SOURCE,
      filter: kindFilter(LOST),
      paint: { 'line-color': byKind(CHANGE_COLOURS), 'line-width': 3, 'line-dasharray': [2, 1.5] },
    },
  ];
}
