import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cellOutline, OUTLINE_TOLERANCE_KM } from './cell-outline';

const KM_LAT = 110.57;

/** A 64-gon of `radiusKm` around (35.27, 51.19), closed, as the cell builder cuts cells. */
function disc(radiusKm: number): Polygon {
  const cos = Math.cos((51.19 * Math.PI) / 180);
  const ring: Position[] = Array.from({ length: 64 }, (_, i) => {
    const a = (2 * Math.PI * i) / 64;
    return [
      35.27 + (radiusKm * Math.cos(a)) / (KM_LAT * cos),
      51.19 + (radiusKm * Math.sin(a)) / KM_LAT,
    ];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** Distance (km) from `p` to the closed polyline `ring`, in the local plane. */
function distanceToRing(p: Position, ring: Position[]): number {
  const cos = Math.cos((51.19 * Math.PI) / 180);
  const xy = ([lon = 0, lat = 0]: Position) => [lon * cos * KM_LAT, lat * KM_LAT] as const;
  const [px, py] = xy(p);
  let best = Infinity;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [ax, ay] = xy(ring[i]!);
    const [bx, by] = xy(ring[i + 1]!);
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
  }
  return best;
}

describe('cellOutline', () => {
  it('thins a cell’s arc to within the tolerance of every original vertex', () => {
    const cell = disc(1.5);
    const [ring] = cellOutline(cell).coordinates;
    const [original] = cell.coordinates;
    expect(ring!.length).toBeLessThan(original!.length * 0.6);
    expect(ring![0]).toEqual(ring!.at(-1));
    for (const vertex of original!) {
      expect(distanceToRing(vertex, ring!)).toBeLessThanOrEqual(OUTLINE_TOLERANCE_KM + 1e-9);
    }
  });

  it('keeps the corners of straight edges, and small rings, as they are', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [35, 51],
          [35.1, 51],
          [35.1, 51.1],
          [35, 51.1],
          [35, 51],
        ],
      ],
    };
    expect(cellOutline(square)).toEqual(square);
    const sliver = disc(0.001);
    expect(cellOutline(sliver).coordinates[0]).toHaveLength(4);
  });

  it('simplifies each polygon of a multipolygon', () => {
    const [a, b] = [disc(1.5), disc(2)];
    const multi = cellOutline({
      type: 'MultiPolygon',
      coordinates: [a.coordinates, b.coordinates],
    });
    expect(multi.coordinates.map((polygon) => polygon[0]!.length)).toEqual([
      cellOutline(a).coordinates[0]!.length,
      cellOutline(b).coordinates[0]!.length,
    ]);
  });
});
