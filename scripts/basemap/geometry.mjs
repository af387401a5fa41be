// Geometry helpers for the basemap build: distances in metres, line simplification with a
// measured deviation, clipping. Plain lon/lat arrays, no projections.
import * as turf from '@turf/turf';

/** Rounds a lon/lat pair to 5 decimals (~1 m), enough for a 1:50k map and small files. */
export const round = (c) => [Math.round(c[0] * 1e5) / 1e5, Math.round(c[1] * 1e5) / 1e5];

// Local metres per degree at a latitude (WGS84 series); accurate to <0.1% for point-to-segment work.
function metresPerDeg(lat) {
  const r = (lat * Math.PI) / 180;
  return [
    111412.84 * Math.cos(r) - 93.5 * Math.cos(3 * r),
    111132.92 - 559.82 * Math.cos(2 * r) + 1.175 * Math.cos(4 * r),
  ];
}
function pointSegM(p, a, b) {
  const [kx, ky] = metresPerDeg(p[1]);
  const ax = (a[0] - p[0]) * kx,
    ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx,
    by = (b[1] - p[1]) * ky;
  const dx = bx - ax,
    dy = by - ay,
    len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
export const pointLinesM = (p, lines) =>
  Math.min(
    ...lines.map((l) =>
      l.slice(1).reduce((m, b, i) => Math.min(m, pointSegM(p, l[i], b)), Infinity),
    ),
  );

/** Douglas–Peucker with the tolerance in metres (not degrees, which are anisotropic at 51°N). */
export function simplify(coords, tolM) {
  const keep = new Uint8Array(coords.length);
  keep[0] = keep[coords.length - 1] = 1;
  const stack = [[0, coords.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let max = 0,
      idx = -1;
    for (let i = s + 1; i < e; i++) {
      const d = pointSegM(coords[i], coords[s], coords[e]);
      if (d > max) [max, idx] = [d, i];
    }
    if (max > tolM) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  return coords.filter((_, i) => keep[i]).map(round);
}

/** Symmetric max distance (m): source vertices → simplified lines and simplified (sampled every ~20 m) → source. */
export function maxDeviation(srcLines, simpLines) {
  let max = 0;
  for (const l of srcLines) for (const p of l) max = Math.max(max, pointLinesM(p, simpLines));
  for (const l of simpLines)
    for (let i = 1; i < l.length; i++) {
      const [a, b] = [l[i - 1], l[i]];
      const n = Math.ceil(turf.distance(a, b, { units: 'meters' }) / 20);
      for (let k = 1; k < n; k++) {
        const p = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
        max = Math.max(max, pointLinesM(p, srcLines));
      }
    }
  return max;
}

const lineParts = (g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);
export const outerRings = (g) =>
  g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
export const clipLines = (lines, bbox) =>
  lines
    .flatMap((l) => lineParts(turf.bboxClip(turf.lineString(l), bbox).geometry))
    .filter((l) => l.length > 1);
export const vertexCount = (fc) => turf.coordAll(fc).length;
