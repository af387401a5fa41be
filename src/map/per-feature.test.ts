import {
  expression,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { createBasemapStyle } from './basemap-style';
import { changeLayers } from './compare-layers';
import { overlayLayers } from './evidence-layers';
import { perFeature } from './per-feature';

const basemap = createBasemapStyle({
  origin: 'http://127.0.0.1:4173',
  fontUrls: { latin: '/latin.woff2', cyrillic: '/cyrillic.woff2' },
});

const paintSpecs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;

/** The paint properties a layer sets per feature: MapLibre feeds those to its shader as attributes. */
function perFeatureProperties(layer: LayerSpecification): string[] {
  const paint = ('paint' in layer ? layer.paint : undefined) ?? {};
  const specs = paintSpecs[`paint_${layer.type}`] ?? {};
  return Object.entries(paint)
    .filter(([name, value]) => {
      const spec = specs[name];
      if (!spec || !expression.isExpression(value)) return false;
      const parsed = expression.createPropertyExpression(value, name, spec);
      if (parsed.result !== 'success') throw new Error(`${layer.id}: ${name} does not parse`);
      return parsed.value.kind === 'source' || parsed.value.kind === 'composite';
    })
    .map(([name]) => name)
    .sort();
}

describe('perFeature', () => {
  it('evaluates to its value for every kind of feature', () => {
    const colour = expression.createPropertyExpression(
      perFeature('#222222'),
      'circle-color',
      paintSpecs.paint_circle!['circle-color']!,
    );
    if (colour.result !== 'success') throw new Error('does not parse');
    for (const type of ['Point', 'LineString', 'Polygon'] as const) {
      const feature = { type, properties: {} } as never;
      expect(colour.value.evaluate({ zoom: 8 }, feature).toString()).toBe('rgba(34,34,34,1)');
    }
    expect(colour.value.kind).toBe('source');
  });

  // One shader program per layer type and mix of per-feature properties (issue #15): the lines
  // with and without dashes are two programs whatever their paint.
  it('gives every circle, line and text layer of the style the same per-feature properties', () => {
    const layers = [...basemap.layers, ...overlayLayers(43, 'tiles'), ...changeLayers()];
    for (const type of ['circle', 'line', 'symbol']) {
      const mixes = new Set(
        layers.filter((layer) => layer.type === type).map((l) => perFeatureProperties(l).join()),
      );
      expect([type, [...mixes]]).toEqual([type, [expect.any(String)]]);
    }
  });
});
