import * as turf from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { landInOperationArea } from '../src/importer/geometry';
import { importFile } from '../src/importer/import-file';
import { areasBySide, unmappedLabels } from '../src/importer/summary';
import type { InputFile } from '../src/importer/types';
import { parseXml } from '../src/importer/xml';

/** How far our km² may stray from the independent computation (the 3 %). */
export const TOLERANCE = 0.03;

/** The result of holding one real snapshot against our importer. */
export interface RealSnapshotCheck {
  /** The importer found a date and a side for every area: no dialog would be shown. */
  withoutDialog: boolean;
  date: string | null;
  unmapped: string[];
  /** Ukrainian-held km² in Kursk oblast: ours, turf's on the raw file, and a stated figure. */
  ours: number;
  turf: number;
  stated: number | null;
  /** Relative differences from turf and from the stated figure. */
  offTurf: number;
  offStated: number | null;
  pass: boolean;
}

type Areal = Polygon | MultiPolygon;
const flat = (p: Position): Position => [p[0]!, p[1]!];
const to2d = (g: Areal): Areal =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(flat)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(flat))) };

/**
 * Ukrainian-held km² in Kursk oblast computed straight from a DeepState GeoJSON with turf,
 * sharing none of the importer's parsing, side mapping or clipping: every polygon whose name
 * carries the status key `geoJSON.status.dismissed` (formats.md), intersected with the oblast.
 */
function turfUkrainianKursk(text: string, kursk: Feature<Areal>): number {
  const json = JSON.parse(text) as FeatureCollection<Geometry | null> & {
    map?: FeatureCollection<Geometry | null>;
  };
  const features = (json.map ?? json).features;
  let km2 = 0;
  for (const f of features) {
    const name = String(f.properties?.name ?? '');
    if (!name.includes('geoJSON.status.dismissed')) continue;
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    const common = turf.intersect(turf.featureCollection([turf.feature(to2d(f.geometry)), kursk]));
    if (common) km2 += turf.area(common) / 1e6;
  }
  return km2;
}

/**
 * Imports `file` (a real DeepState GeoJSON kept outside the repository) as the page would and
 * compares its Ukrainian-held km² in Kursk oblast with turf's on the raw file and, if given,
 * with a figure stated for the same snapshot; each must agree within {@link TOLERANCE}.
 */
export function checkRealSnapshot(
  file: InputFile,
  oblastLand: FeatureCollection<Geometry | null>,
  stated: number | null,
): RealSnapshotCheck {
  const land = landInOperationArea(oblastLand);
  const snapshot = importFile(file, parseXml, land);
  const unmapped = unmappedLabels(snapshot);
  const ours = areasBySide(snapshot).ua.kursk;
  const reference = turfUkrainianKursk(new TextDecoder().decode(file.bytes), land.kursk);
  const off = (against: number) => Math.abs(ours - against) / Math.max(against, 1e-9);
  const offTurf = off(reference);
  const offStated = stated === null ? null : off(stated);
  const withoutDialog = snapshot.date !== null && unmapped.length === 0;
  return {
    withoutDialog,
    date: snapshot.date,
    unmapped,
    ours,
    turf: reference,
    stated,
    offTurf,
    offStated,
    pass:
      withoutDialog &&
      reference > 0 &&
      offTurf <= TOLERANCE &&
      (offStated === null || offStated <= TOLERANCE),
  };
}
