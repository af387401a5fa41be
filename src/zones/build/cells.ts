import {
  area,
  bbox,
  bboxClip,
  booleanPointInPolygon,
  featureCollection,
  intersect,
} from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { localProjection } from '../projection';
import type { Country, Site } from '../sites';
import { DISC_STEPS, planeCells } from './plane-cells';

/**
 * Land polygons per state, as in public/basemap/countries.geojson: one feature per state (a
 * MultiPolygon), `properties.country` RU or UA. Extra properties are ignored.
 */
export type LandPolygons = FeatureCollection<Polygon | MultiPolygon, { country: Country }>;

/** Areal geometry of a cell. */
type CellGeometry = Polygon | MultiPolygon;

/** One settlement's cell: geometry in lon/lat (5 decimals) and its geodesic area. */
export type CellFeature = Feature<CellGeometry, { place: string; areaKm2: number }>;

/** Tessellation parameters. */
export interface CellOptions {
  /** No point of a cell lies further than this from its settlement (km). */
  maxRadiusKm: number;
  /** Vertices of the max-radius disc; default {@link DISC_STEPS}. */
  discSteps?: number;
}

/** 5 decimals: ≤ 1.1 m, finer than any sourced coordinate, and the basemap's own precision. */
const DECIMALS = 1e5;

/**
 * One cell per site: its Voronoi cell among all sites (computed in a local equirectangular plane
 * in km, so "nearest" means nearest on the ground, not in degrees) ∩ the disc of `maxRadiusKm`
 * around it ∩ the land polygon of the site's own country, so no cell crosses the state border.
 * Where the land cut leaves several pieces, only the piece holding the site is kept (a piece cut
 * off by the other state's land is not reachable from the settlement); if no piece holds it (site
 * just off the simplified border line) all pieces are kept. Sites whose cell is empty (off their
 * country's land by more than the radius) get no feature. Throws on two sites at one point.
 *
 * Not simplified: Voronoi edges are straight already and the land polygons come simplified (50 m);
 * simplifying cells one by one would open gaps and overlaps between neighbours.
 */
export function settlementCells(
  sites: readonly Site[],
  land: LandPolygons,
  options: CellOptions,
): CellFeature[] {
  if (sites.length === 0) return [];
  assertDistinct(sites);
  const lon0 = sites.reduce((sum, site) => sum + site.lon, 0) / sites.length;
  const lat0 = sites.reduce((sum, site) => sum + site.lat, 0) / sites.length;
  const projection = localProjection(lon0, lat0);
  const rings = planeCells(
    sites.map((site) => projection.toPlane(site.lon, site.lat)),
    options.maxRadiusKm,
    options.discSteps ?? DISC_STEPS,
  );
  const cells: CellFeature[] = [];
  sites.forEach((site, index) => {
    const ring = (rings[index] ?? []).map((point) => projection.toLonLat(point));
    const first = ring[0];
    if (!first || ring.length < 3) return;
    const cell: Polygon = { type: 'Polygon', coordinates: [[...ring, first]] };
    const clipped = clipToLand(cell, site, land);
    const geometry = clipped && roundGeometry(clipped);
    if (!geometry) return;
    cells.push({
      type: 'Feature',
      geometry,
      properties: { place: site.id, areaKm2: Math.round(area(geometry) / 1000) / 1000 },
    });
  });
  return cells;
}

function assertDistinct(sites: readonly Site[]): void {
  const seen = new Map<string, string>();
  for (const site of sites) {
    const key = `${site.lon},${site.lat}`;
    const other = seen.get(key);
    if (other !== undefined) throw new Error(`sites ${other} and ${site.id} share one position`);
    seen.set(key, site.id);
  }
}

/** The cell ∩ the site's country's land; the piece holding the site where there are several. */
function clipToLand(cell: Polygon, site: Site, land: LandPolygons): CellGeometry | null {
  const box = padded(bbox(cell));
  const pieces: Position[][][] = [];
  for (const feature of land.features) {
    if (feature.properties.country !== site.country) continue;
    const nearby = nonEmpty(bboxClip(feature.geometry, box).geometry);
    if (!nearby) continue;
    if (coversBox(nearby, box)) return cell;
    const part = intersect(featureCollection([asFeature(cell), asFeature(nearby)]));
    if (part) pieces.push(...polygonsOf(part.geometry));
  }
  const holding = pieces.find((rings) =>
    booleanPointInPolygon([site.lon, site.lat], { type: 'Polygon', coordinates: rings }),
  );
  if (holding) return { type: 'Polygon', coordinates: holding };
  return fromPolygons(pieces);
}

/** The box grown by 10 %, so the clip box's edges (where bboxClip leaves slivers) miss the cell. */
function padded([west, south, east, north]: BBox): BBox {
  const padX = (east - west) / 10;
  const padY = (north - south) / 10;
  return [west - padX, south - padY, east + padX, north + padY];
}

/** True when bboxClip returned the box itself: the land covers it, no exact cut is needed. */
function coversBox(geometry: CellGeometry, [west, south, east, north]: BBox): boolean {
  const [only, ...more] = polygonsOf(geometry);
  if (!only || more.length > 0 || only.length !== 1) return false;
  return (only[0] ?? []).every(
    ([x, y]) => (x === west || x === east) && (y === south || y === north),
  );
}

/** bboxClip leaves empty rings and polygons where nothing is left; the clipper rejects those. */
function nonEmpty(geometry: Geometry): CellGeometry | null {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
  return fromPolygons(polygonsOf(geometry).filter((rings) => rings.length > 0));
}

function polygonsOf(geometry: CellGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function fromPolygons(polygons: Position[][][]): CellGeometry | null {
  const [only, ...more] = polygons;
  if (!only) return null;
  return more.length === 0
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function asFeature(geometry: CellGeometry): Feature<CellGeometry> {
  return { type: 'Feature', geometry, properties: {} };
}

/**
 * Coordinates to 5 decimals, dropping vertices that rounding made repeat; rings left with under
 * 3 distinct vertices (and polygons whose outer ring is gone) are dropped.
 */
function roundGeometry(geometry: CellGeometry): CellGeometry | null {
  const polygons: Position[][][] = [];
  for (const [outer = [], ...holes] of polygonsOf(geometry)) {
    const rounded = roundRing(outer);
    if (!rounded) continue;
    polygons.push([rounded, ...holes.map(roundRing).filter((ring) => ring !== null)]);
  }
  return fromPolygons(polygons);
}

function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const point = [Math.round(x * DECIMALS) / DECIMALS, Math.round(y * DECIMALS) / DECIMALS];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
  return out.length >= 4 ? out : null;
}
