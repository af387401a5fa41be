import { Delaunay } from 'd3-delaunay';
import type { PlanePoint } from '../projection';

/** An open polygon ring in the plane (first vertex not repeated), counter-clockwise. */
export type PlaneRing = PlanePoint[];

/** Vertices of the polygon standing in for the max-radius circle: area within 0.2 % of π·r². */
export const DISC_STEPS = 64;

/**
 * For each point, its Voronoi cell intersected with the disc of `radiusKm` around it, in the plane
 * (km). Both are convex, so the result is a convex ring that contains the point; cells of
 * different points share at most an edge. Points must be distinct.
 */
export function planeCells(
  points: readonly PlanePoint[],
  radiusKm: number,
  discSteps: number = DISC_STEPS,
): PlaneRing[] {
  if (points.length === 0) return [];
  const voronoi = Delaunay.from(points.map(([x, y]) => [x, y])).voronoi(
    paddedBounds(points, radiusKm),
  );
  return points.map((point, index) => {
    const cell = voronoi.cellPolygon(index);
    if (!cell) throw new Error(`point ${index} has no Voronoi cell (coincides with another?)`);
    const ring = counterClockwise(openRing(cell.map(([x, y]) => [x, y] as const)));
    return clipConvex(ring, disc(point, radiusKm, discSteps));
  });
}

/** The points' bounding box grown by twice the radius, so no disc reaches the Voronoi bounds. */
function paddedBounds(
  points: readonly PlanePoint[],
  radiusKm: number,
): [number, number, number, number] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const pad = 2 * radiusKm + 1;
  return [
    Math.min(...xs) - pad,
    Math.min(...ys) - pad,
    Math.max(...xs) + pad,
    Math.max(...ys) + pad,
  ];
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

function openRing(ring: PlanePoint[]): PlaneRing {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = first && last && first[0] === last[0] && first[1] === last[1];
  return closed && ring.length > 1 ? ring.slice(0, -1) : ring;
}

function counterClockwise(ring: PlaneRing): PlaneRing {
  return signedArea2(ring) < 0 ? [...ring].reverse() : ring;
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
  let output = subject;
  clip.forEach((a, index) => {
    const b = clip[(index + 1) % clip.length] ?? a;
    const input = output;
    output = [];
    input.forEach((q, qIndex) => {
      const p = input[(qIndex + input.length - 1) % input.length] ?? q;
      const qIn = cross(a, b, q) >= 0;
      const pIn = cross(a, b, p) >= 0;
      if (qIn) {
        if (!pIn) output.push(crossing(p, q, a, b));
        output.push(q);
      } else if (pIn) {
        output.push(crossing(p, q, a, b));
      }
    });
  });
  return output;
}
