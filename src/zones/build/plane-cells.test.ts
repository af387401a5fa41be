import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipConvex, disc, planeCells, signedArea2, type PlaneRing } from './plane-cells';
import type { PlanePoint } from '../projection';

const areaOf = (ring: readonly PlanePoint[]) => Math.abs(signedArea2(ring)) / 2;

const square = (x: number, y: number, size: number): PlaneRing => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

/** True when p lies inside or on the convex counter-clockwise ring. */
function insideConvex(ring: PlaneRing, [px, py]: PlanePoint, tolerance = 1e-9): boolean {
  return ring.every(([ax, ay], index) => {
    const [bx, by] = ring[(index + 1) % ring.length] ?? [ax, ay];
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax) >= -tolerance;
  });
}

describe('clipConvex', () => {
  it('keeps the overlap of two squares', () => {
    const overlap = clipConvex(square(0, 0, 2), square(1, 1, 2));
    expect(areaOf(overlap)).toBeCloseTo(1, 12);
  });

  it('returns nothing for disjoint polygons', () => {
    expect(clipConvex(square(0, 0, 1), square(5, 5, 1))).toEqual([]);
  });

  it('keeps a subject lying wholly inside the clip polygon unchanged', () => {
    expect(clipConvex(square(1, 1, 1), square(0, 0, 4))).toEqual(square(1, 1, 1));
  });
});

describe('disc', () => {
  it('is counter-clockwise with an area within 0.2 % of π·r² at 64 steps', () => {
    const ring = disc([10, -3], 3, 64);
    expect(signedArea2(ring)).toBeGreaterThan(0);
    expect(areaOf(ring) / (Math.PI * 9)).toBeGreaterThan(0.998);
    expect(areaOf(ring) / (Math.PI * 9)).toBeLessThanOrEqual(1);
  });
});

describe('planeCells', () => {
  it('gives a lone point the whole disc', () => {
    const [cell] = planeCells([[0, 0]], 5);
    expect(areaOf(cell ?? [])).toBeCloseTo(areaOf(disc([0, 0], 5, 64)), 9);
  });

  it('splits two points at their perpendicular bisector', () => {
    const [left = [], right = []] = planeCells(
      [
        [0, 0],
        [4, 0],
      ],
      3,
    );
    expect(Math.max(...left.map(([x]) => x))).toBeCloseTo(2, 9);
    expect(Math.min(...right.map(([x]) => x))).toBeCloseTo(2, 9);
    expect(areaOf(left)).toBeCloseTo(areaOf(right), 9);
    // The disc minus the circular segment beyond x = 2 (r = 3, d = 2).
    const segment = 9 * Math.acos(2 / 3) - 2 * Math.sqrt(9 - 4);
    expect(areaOf(left)).toBeCloseTo(Math.PI * 9 - segment, 1);
  });

  it('bounds every vertex by the radius', () => {
    const points: PlanePoint[] = [
      [0, 0],
      [30, 0],
      [0, 30],
    ];
    planeCells(points, 4).forEach((ring, index) => {
      const [cx = 0, cy = 0] = points[index] ?? [];
      for (const [x, y] of ring) expect(Math.hypot(x - cx, y - cy)).toBeLessThanOrEqual(4 + 1e-9);
    });
  });

  it('returns counter-clockwise rings', () => {
    for (const ring of planeCells(
      [
        [0, 0],
        [3, 1],
        [1, 4],
      ],
      5,
    )) {
      expect(signedArea2(ring)).toBeGreaterThan(0);
    }
  });

  it('throws on coincident points', () => {
    expect(() =>
      planeCells(
        [
          [1, 1],
          [1, 1],
        ],
        3,
      ),
    ).toThrow(/no Voronoi cell/);
  });

  it('returns nothing for no points', () => {
    expect(planeCells([], 3)).toEqual([]);
  });

  it('cuts both cells of a pair along the same line, with no sliver between them', () => {
    // fast-check's counterexample (seed 683918094) against the cells read from d3's Voronoi.
    const [first = [], second = []] = planeCells(
      [
        [18, 25],
        [10.6, 17.6],
      ],
      6,
    );
    expect(areaOf(clipConvex(first, second))).toBeLessThan(1e-9);
  });

  it('splits collinear points at each neighbour’s bisector', () => {
    const cells = planeCells(
      [
        [0, 0],
        [2, 0],
        [4, 0],
      ],
      3,
    );
    const [left = [], middle = [], right = []] = cells;
    expect(Math.max(...left.map(([x]) => x))).toBeCloseTo(1, 9);
    expect(Math.min(...middle.map(([x]) => x))).toBeCloseTo(1, 9);
    expect(Math.max(...middle.map(([x]) => x))).toBeCloseTo(3, 9);
    expect(Math.min(...right.map(([x]) => x))).toBeCloseTo(3, 9);
  });

  it('gives cells that hold their point and do not overlap (random points)', () => {
    const coordinate = fc.integer({ min: 0, max: 400 }).map((value) => value / 10);
    const pointSet = fc.uniqueArray(fc.tuple(coordinate, coordinate), {
      minLength: 2,
      maxLength: 12,
      selector: ([x, y]) => `${x},${y}`,
    });
    fc.assert(
      fc.property(pointSet, fc.integer({ min: 1, max: 15 }), (points, radius) => {
        const cells = planeCells(points, radius);
        cells.forEach((cell, index) => {
          expect(insideConvex(cell, points[index] ?? [NaN, NaN], 1e-7)).toBe(true);
          for (const other of cells.slice(index + 1)) {
            expect(areaOf(clipConvex(cell, other))).toBeLessThan(1e-6);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
