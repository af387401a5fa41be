import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipToOperationArea, km2On, labelPoint, polygonFeatures, type Land } from './geometry';
import { parseFile, type XmlParser } from './parse';
import { featureLabel, sideOf } from './sides';
import { dateFromFields, dateFromFileName } from './snapshot-date';
import { ImportError, type AreaProperties, type InputFile, type Snapshot } from './types';

/** km² are kept to 4 decimals (100 m²): enough for the 0.5 % check and small in storage. */
const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** Coordinates are kept to 6 decimals (~0.1 m). */
const roundRing = (ring: number[][]) => ring.map(([x, y]) => [round6(x!), round6(y!)]);
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
function rounded(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(roundRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(roundRing)) };
}

/**
 * Reads one file into a snapshot: parse, 2-D `[lon, lat]`, side per feature, clip to the
 * operation area, km² per oblast. Throws {@link ImportError} naming the file.
 */
export function importFile(file: InputFile, xml: XmlParser, land: Land): Snapshot {
  const { collection, fields } = parseFile(file, xml);
  const { features, notes } = polygonFeatures(collection);
  if (features.length === 0) {
    throw new ImportError(file.name, 'has no polygons (control areas are drawn as polygons)');
  }
  const areas: Feature<Polygon | MultiPolygon, AreaProperties>[] = [];
  let failed = 0;
  for (const feature of features) {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const clipped = clipToOperationArea(feature);
    if (!clipped) continue;
    try {
      areas.push({
        type: 'Feature',
        geometry: rounded(clipped.geometry),
        properties: {
          side: sideOf(properties),
          label: featureLabel(properties),
          km2Kursk: round(km2On(clipped, land.kursk)),
          km2Sumy: round(km2On(clipped, land.sumy)),
          labelAt: labelPoint(clipped.geometry).map(round6) as [number, number],
        },
      });
    } catch {
      failed++;
    }
  }
  if (failed > 0)
    notes.push(`${failed} polygon(s) could not be clipped (invalid geometry) and were left out`);
  const outside = features.length - areas.length - failed;
  if (outside > 0) notes.push(`${outside} polygon(s) outside the operation area left out`);
  if (areas.length === 0 && failed === 0) {
    throw new ImportError(
      file.name,
      'has no polygons inside the operation area (Kursk–Sumy border)',
    );
  }
  const found =
    dateFromFields([fields]) ??
    dateFromFileName(file.name) ??
    dateFromFields(features.map((f) => f.properties as Record<string, unknown> | null));
  return {
    id: `${file.name}|${found?.date ?? ''}`,
    source: file.name,
    date: found?.date ?? null,
    dateFrom: found?.from ?? null,
    bytes: file.bytes.byteLength,
    areas: { type: 'FeatureCollection', features: areas },
    notes,
  };
}
