import { Delaunay } from 'd3-delaunay';
import type { PlanePoint } from '../projection';

/** An open polygon ring in the plane (first vertex not repeated), counter-clockwise. */
export type PlaneRing = PlanePoint[];

/** Vertices of the polygon standing in for the max-radius circle: area within 0.2 % of π·r². */
export const DISC_STEPS = 64;

/**
 * For each point, its Voronoi cell intersected with the disc of `radiusKm` around it, in the plane
 * (km): the disc clipped by the perpendicular bisector with each Delaunay neighbour. Both sides of
 * a shared edge are cut by the same line, computed once from the pair, so cells of different
 * points share at most an edge. (Reading d3's Voronoi polygons instead left millimetre slivers
 * where its degenerate cases, two or collinear points, place vertices far away.) Points must be
 * distinct.
 */
export function planeCells(
  points: readonly PlanePoint[],
  radiusKm: number,
  discSteps: number = DISC_STEPS,
): PlaneRing[] {
  assertDistinct(points);
  if (points.length === 0) return [];
  const delaunay = Delaunay.from(points.map(([x, y]) => [x, y]));
  return points.map((point, index) => {
    let ring = disc(point, radiusKm, discSteps);
    for (const neighbour of delaunay.neighbors(index)) {
      const other = points[neighbour];
      if (other && ring.length > 0) ring = clipHalfPlane(ring, ...bisector(point, other));
    }
    return ring;
  });
}

function assertDistinct(points: readonly PlanePoint[]): void {
  const seen = new Set<string>();
  points.forEach(([x, y], index) => {
    const key = `${x},${y}`;
    if (seen.has(key))
      throw new Error(`point ${index} has no Voronoi cell (coincides with another)`);
    seen.add(key);
  });
}

/**
 * The perpendicular bisector of `own` and `other` as a directed line with `own` on its left, the
 * side {@link clipHalfPlane} keeps. The line comes from the pair in a fixed order, so the cells on
 * both sides are cut by exactly the same line.
 */
function bisector(own: PlanePoint, other: PlanePoint): [PlanePoint, PlanePoint] {
  const ownFirst = own[0] < other[0] || (own[0] === other[0] && own[1] < other[1]);
  const [a, b] = ownFirst ? [own, other] : [other, own];
  const middle: PlanePoint = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  // a→b turned a quarter to the left: a lies on the left of middle−along → middle+along.
  const along: PlanePoint = [a[1] - b[1], b[0] - a[0]];
  const start: PlanePoint = [middle[0] - along[0], middle[1] - along[1]];
  const end: PlanePoint = [middle[0] + along[0], middle[1] + along[1]];
  return ownFirst ? [start, end] : [end, start];
}

/** A regular polygon inscribed in the circle of `radius` around `center`, counter-clockwise. */
export function disc(center: PlanePoint, radius: number, steps: number): PlaneRing {
  const [cx, cy] = center;
  return Array.from({ length: steps }, (_, step) => {
    const angle = (2 * Math.PI * step) / steps;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as const;
  });
}

/** Twice the signed area of a ring: positive when counter-clockwise. */
export function signedArea2(ring: readonly PlanePoint[]): number {
  let sum = 0;
  ring.forEach(([x1, y1], index) => {
    const [x2, y2] = ring[(index + 1) % ring.length] ?? [x1, y1];
    sum += x1 * y2 - x2 * y1;
  });
  return sum;
}

/** Which side of the directed edge a→b the point p lies on: > 0 left, < 0 right. */
function cross(a: PlanePoint, b: PlanePoint, p: PlanePoint): number {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

/** Where segment p→q crosses the line through a→b (p and q on opposite sides of it). */
function crossing(p: PlanePoint, q: PlanePoint, a: PlanePoint, b: PlanePoint): PlanePoint {
  const dp = cross(a, b, p);
  const t = dp / (dp - cross(a, b, q));
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/**
 * Sutherland–Hodgman: the part of `subject` inside the convex, counter-clockwise `clip` ring.
 * Exact for convex subjects; returns [] when they do not overlap.
 */
export function clipConvex(subject: PlaneRing, clip: PlaneRing): PlaneRing {
  return clip.reduce(
    (output, a, index) => clipHalfPlane(output, a, clip[(index + 1) % clip.length] ?? a),
    subject,
  );
}

/** The part of `subject` on or left of the directed line a→b. */
function clipHalfPlane(subject: PlaneRing, a: PlanePoint, b: PlanePoint): PlaneRing {
  const output: PlaneRing = [];
  subject.forEach((q, qIndex) => {
    const p = subject[(qIndex + subject.length - 1) % subject.length] ?? q;
    const qIn = cross(a, b, q) >= 0;
    const pIn = cross(a, b, p) >= 0;
    if (qIn) {
      if (!pIn) output.push(crossing(p, q, a, b));
      output.push(q);
    } else if (pIn) {
      output.push(crossing(p, q, a, b));
    }
  });
  return output;
}
