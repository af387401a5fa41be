import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bbox, booleanPointInPolygon, point } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../public/basemap');
const read = (name: string): FeatureCollection =>
  JSON.parse(readFileSync(path.join(DIR, `${name}.geojson`), 'utf8')) as FeatureCollection;
const CLIP = [33.3, 50.2, 36.8, 51.9];

/** Points from gazetteer.json (wikipedia infobox coordinates), one each side of the border. */
const SUDZHA = point([35.2706, 51.1914]);
const MYROPILLIA = point([35.2586, 51.0236]);

function fill(country: 'RU' | 'UA') {
  const f = read('countries').features.find((x) => x.properties?.country === country);
  if (!f) throw new Error(`no ${country} fill`);
  return f as GeoJSON.Feature<Polygon | MultiPolygon>;
}

describe('public/basemap data', () => {
  it.each(['border', 'countries', 'oblasts', 'oblast-labels', 'towns'])('%s parses', (name) => {
    const fc = read(name);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
  });

  it('border is LineStrings inside the clip bbox', () => {
    const border = read('border');
    for (const f of border.features) expect(f.geometry.type).toBe('LineString');
    const [w, s, e, n] = bbox(border);
    expect(w).toBeGreaterThanOrEqual(CLIP[0]!);
    expect(s).toBeGreaterThanOrEqual(CLIP[1]!);
    expect(e).toBeLessThanOrEqual(CLIP[2]!);
    expect(n).toBeLessThanOrEqual(CLIP[3]!);
  });

  it('puts Sudzha in the RU fill and Myropillia in the UA fill', () => {
    expect(booleanPointInPolygon(SUDZHA, fill('RU'))).toBe(true);
    expect(booleanPointInPolygon(SUDZHA, fill('UA'))).toBe(false);
    expect(booleanPointInPolygon(MYROPILLIA, fill('UA'))).toBe(true);
    expect(booleanPointInPolygon(MYROPILLIA, fill('RU'))).toBe(false);
  });

  it('gives every town a Latin name and a native name only with its source', () => {
    for (const { properties: p } of read('towns').features) {
      expect(typeof p?.name).toBe('string');
      expect(p?.name_native_source).toBe(p?.name_native ? p.name_native_source : 'none');
      if (p?.name_native) expect(['geonames', 'gazetteer']).toContain(p.name_native_source);
    }
  });
});
