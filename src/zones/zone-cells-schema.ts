import { z } from 'zod';

const position = z.array(z.number()).min(2);
const rings = z.array(z.array(position));
const geometry = z.union([
  z.strictObject({ type: z.literal('Polygon'), coordinates: rings }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(rings) }),
]);

/**
 * One settlement's cell: the site it was built from (so a moved coordinate is caught, never
 * drawn with a stale cell), its geometry (null when no land of its state lies within reach) and
 * its geodesic area.
 */
const zoneCellSchema = z.strictObject({
  site: z.tuple([z.number(), z.number()]),
  geometry: geometry.nullable(),
  areaKm2: z.number().nonnegative(),
});

/** A settlement's cell as the build computed it. */
export type ZoneCell = z.infer<typeof zoneCellSchema>;

/**
 * zone-cells.json: the Voronoi cells of the located settlements (src/zones/build/zone-model.ts)
 * keyed by place id, and the radius they were cut to. The turf and d3 code behind them stays in
 * the build; the page only looks cells up.
 */
const zoneCellsFileSchema = z.strictObject({
  maxRadiusKm: z.number().positive(),
  cells: z.record(z.string(), zoneCellSchema),
});

/** The zone-cells.json file. */
export type ZoneCellsFile = z.infer<typeof zoneCellsFileSchema>;

/** The cells file when it has the shape the page reads, else null (a swapped or stale file). */
export function checkZoneCells(json: unknown): ZoneCellsFile | null {
  const parsed = zoneCellsFileSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
