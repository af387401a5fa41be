import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * `value` for every feature, written as a per-feature expression. MapLibre compiles a shader
 * program per layer type for each mix of constant and per-feature paint properties, and on
 * software WebGL the first frame waits ~10–15 ms for each program to link (issue #15): layers of
 * a type that give the same properties per feature share one program.
 */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['==', ['geometry-type'], ''], value, value];
}
