import {
  createExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  DENSE_LABEL_MIN_ZOOM,
  DENSE_PLACES,
  LONG_LABEL_CHARS,
  LONG_LABEL_MIN_ZOOM,
  labelLayers,
} from './label-layers';

const layout = labelLayers().find((layer) => layer.id === 'settlements-label')?.layout ?? {};
const textField = createExpression(
  (layout as Record<string, unknown>)['text-field'],
  'text-field',
  latest.layout_symbol['text-field'] as unknown as StylePropertySpecification,
);

/** The label's text for a place named `native` at `zoom`, as MapLibre evaluates it. */
function labelAt(native: string, zoom: number): string {
  if (textField.result !== 'success') throw new Error(JSON.stringify(textField.value));
  const value: unknown = textField.value.evaluate({ zoom }, {
    type: 'Point',
    properties: { name_native: native, name_en: 'Latin' },
  } as never);
  return typeof value === 'string' ? value : String(value);
}

describe('settlement labels', () => {
  const monastery = 'Горнальский Свято-Николаевский Белогорский монастырь';

  it('gives way for names longer than the limit at overview zooms', () => {
    expect(monastery.length).toBeGreaterThan(LONG_LABEL_CHARS);
    expect(labelAt(monastery, LONG_LABEL_MIN_ZOOM - 0.5)).toBe('');
  });

  it('draws long names from the minimum zoom, and short names at every zoom', () => {
    expect(labelAt(monastery, LONG_LABEL_MIN_ZOOM)).toContain('монастырь');
    expect(labelAt('Суджа', 8)).toContain('Суджа');
  });

  it('wraps what it draws', () => {
    expect(layout).toHaveProperty('text-max-width');
  });

  it('names settlements at every zoom unless the map is dense, then from a closer zoom', () => {
    const minzoom = (located: number) =>
      labelLayers(located).find((layer) => layer.id === 'settlements-label')?.minzoom;
    expect(minzoom(0)).toBeUndefined();
    expect(minzoom(44)).toBeUndefined();
    expect(minzoom(DENSE_PLACES)).toBeUndefined();
    expect(minzoom(DENSE_PLACES + 1)).toBe(DENSE_LABEL_MIN_ZOOM);
    expect(minzoom(10_000)).toBe(DENSE_LABEL_MIN_ZOOM);
    // Only the settlement names: zone and evacuation labels stay at every zoom.
    expect(
      labelLayers(10_000)
        .filter((layer) => layer.id !== 'settlements-label')
        .every((layer) => layer.minzoom === undefined),
    ).toBe(true);
  });
});
