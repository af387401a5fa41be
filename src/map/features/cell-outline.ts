import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * How far (km) a drawn cell's outline may stray from the cell. The cells' edges are straight
 * Voronoi edges and 64-gon arcs of the radius cut; at 10 m the arcs keep a vertex every few
 * hundred metres and nothing changes on screen below zoom 15, while the map's worker indexes
 * about half the vertices (10,000 cells at scale: 539,000 → ~300,000). Areas and exports use
 * the exact cells (zone-cells.json), never these outlines.
 */
export const OUTLINE_TOLERANCE_KM = 0.01;

const KM_PER_DEGREE_LAT = 110.57;

/** The cell's outline for the map, each ring simplified (Douglas–Peucker) within the tolerance. */
export function cellOutline<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(simplifyRing) };
  }
  return {
    ...geometry,
    coordinates: (geometry as MultiPolygon).coordinates.map((polygon) => polygon.map(simplifyRing)),
  };
}

/** A closed ring without the vertices that stray less than the tolerance; ≥ 4 positions kept. */
function simplifyRing(ring: Position[]): Position[] {
  if (ring.length <= 4) return ring;
  const cosLat = Math.cos(((ring[0]?.[1] ?? 0) * Math.PI) / 180);
  const points = ring.map(([lon = 0, lat = 0]) => [
    lon * cosLat * KM_PER_DEGREE_LAT,
    lat * KM_PER_DEGREE_LAT,
  ]);
  const last = ring.length - 1;
  // A closed ring's ends coincide: split it at the vertex farthest from its start.
  let far = 1;
  for (let i = 1; i < last; i += 1) if (squared(points, 0, i) > squared(points, 0, far)) far = i;
  const keep = new Set([0, far, last]);
  mark(points, 0, far, keep);
  mark(points, far, last, keep);
  if (keep.size < 4) keep.add(farthestFromChord(points, far, last));
  return ring.filter((_, i) => keep.has(i));
}

/** Keeps, between `from` and `to`, every vertex Douglas–Peucker needs at the tolerance. */
function mark(points: number[][], from: number, to: number, keep: Set<number>): void {
  let worst = -1;
  let worstDistance = OUTLINE_TOLERANCE_KM;
  for (let i = from + 1; i < to; i += 1) {
    const distance = segmentDistance(points, i, from, to);
    if (distance > worstDistance) {
      worst = i;
      worstDistance = distance;
    }
  }
  if (worst < 0) return;
  keep.add(worst);
  mark(points, from, worst, keep);
  mark(points, worst, to, keep);
}

/** The vertex farthest from the chord from the start to `far`: a tiny ring keeps a triangle. */
function farthestFromChord(points: number[][], far: number, last: number): number {
  let best = far === 1 ? 2 : 1;
  for (let i = 1; i < last; i += 1) {
    if (i === far) continue;
    if (segmentDistance(points, i, 0, far) > segmentDistance(points, best, 0, far)) best = i;
  }
  return best;
}

function squared(points: number[][], a: number, b: number): number {
  const [ax = 0, ay = 0] = points[a] ?? [];
  const [bx = 0, by = 0] = points[b] ?? [];
  return (ax - bx) ** 2 + (ay - by) ** 2;
}

/** Distance (km) from point `p` to the segment from `a` to `b`. */
function segmentDistance(points: number[][], p: number, a: number, b: number): number {
  const [px = 0, py = 0] = points[p] ?? [];
  const [ax = 0, ay = 0] = points[a] ?? [];
  const [bx = 0, by = 0] = points[b] ?? [];
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
