import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS } from '../zones/compare';
import { CHANGE_COLOURS, CHANGE_SOURCE, changeLayers } from './compare-layers';
import { GLOBAL_STATE } from './overlay-expressions';

const filterOf = (layer: object | undefined): string =>
  JSON.stringify(layer && 'filter' in layer ? layer.filter : null);

describe('changeLayers', () => {
  it('is a valid style over its source, filtered by the day and view global state', () => {
    const style: StyleSpecification = {
      version: 8,
      state: {
        [GLOBAL_STATE.day]: { default: 20160 },
        [GLOBAL_STATE.view]: { default: 'all' },
      },
      sources: {
        [CHANGE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      },
      layers: changeLayers(),
    };
    expect(validateStyleMin(style)).toEqual([]);
    for (const layer of changeLayers()) {
      expect(filterOf(layer)).toContain(`"global-state","${GLOBAL_STATE.day}"`);
      expect(filterOf(layer)).toContain(`"global-state","${GLOBAL_STATE.view}"`);
    }
  });

  it('draws every kind, losses apart from gains', () => {
    const [, edge, lostEdge] = changeLayers();
    const kinds = filterOf;
    for (const kind of CHANGE_KINDS) expect(kinds(edge) + kinds(lostEdge)).toContain(kind);
    expect(kinds(edge)).not.toContain('lost');
    expect(new Set(Object.values(CHANGE_COLOURS)).size).toBe(3);
  });
});
