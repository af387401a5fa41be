import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  DEEPSTATE_RINGS,
  HTML_NAME,
  KMZ_RING,
  deepStateApiSnapshot,
  deepStateSnapshot,
  invalidJson,
  iswLayer,
  kmzWithoutKml,
  pointsOnly,
  swappedSnapshot,
  unrecognisedSnapshot,
  uaControlMapKmz,
} from '../../tests/fixtures/imports/fixtures';
import { turfKm2 } from '../../tests/fixtures/imports/turf-km2';
import { landInOperationArea, OPERATION_AREA } from './geometry';
import { importFile } from './import-file';
import { areasBySide, snapshotInForce, unmappedLabels, withAnswers } from './summary';
import { MAX_FILE_BYTES, OBLAST_LAND_FILE } from './types';
import { parseXml } from './xml';

const land = landInOperationArea(
  JSON.parse(readFileSync(`public/basemap/${OBLAST_LAND_FILE}`, 'utf8')),
);
const expectedKm2 = turfKm2;

const positions = (geometry: Polygon | MultiPolygon): Position[] =>
  geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);

const within = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected * 0.005 + 1e-6);

describe('importFile: DeepState layout', () => {
  const snapshot = importFile(deepStateSnapshot(), parseXml, land);

  it('dates a <unix seconds>.geojson snapshot by its name', () => {
    expect(snapshot.date).toBe('2024-08-27');
    expect(snapshot.dateFrom).toBe('unix time');
  });

  it('maps status keys and fills to sides, the dated {{at:DD.MM}} key included', () => {
    expect(snapshot.areas.features.map((f) => f.properties.side)).toEqual([
      'ua',
      'unknown',
      'ru',
      'ru',
    ]);
    expect(unmappedLabels(snapshot)).toEqual([]);
  });

  it('drops the altitude of 3-D positions and says so, and keeps points out', () => {
    expect(snapshot.notes.join(' ')).toMatch(/3-D coordinates/);
    const flat = snapshot.areas.features.flatMap((f) => positions(f.geometry));
    expect(flat.every((p) => p.length === 2)).toBe(true);
    expect(snapshot.areas.features).toHaveLength(4);
  });

  it('keeps HTML in names as the same text', () => {
    expect(snapshot.areas.features[0]?.properties.label).toBe(HTML_NAME);
  });

  it('clips to the operation area', () => {
    const east = snapshot.areas.features[3]!;
    const lons = positions(east.geometry).map((p) => p[0]!);
    expect(Math.max(...lons)).toBeCloseTo(OPERATION_AREA[2], 6);
  });

  it('gives km² per side on each side of the border within 0.5 % of turf', () => {
    const totals = areasBySide(snapshot);
    const r = DEEPSTATE_RINGS;
    within(totals.ua.kursk, expectedKm2(r.ua, 'kursk'));
    within(totals.ua.sumy, expectedKm2(r.ua, 'sumy'));
    within(totals.unknown.kursk, expectedKm2(r.unknown, 'kursk'));
    within(totals.ru.sumy, expectedKm2(r.ru, 'sumy') + expectedKm2(r.ruEast, 'sumy'));
    within(totals.ru.kursk, expectedKm2(r.ru, 'kursk') + expectedKm2(r.ruEast, 'kursk'));
    expect(totals.ua.kursk).toBeGreaterThan(100);
  });

  it('reads the history API wrapper and its datetime', () => {
    const wrapped = importFile(deepStateApiSnapshot(), parseXml, land);
    expect(wrapped.date).toBe('2024-09-10');
    expect(wrapped.dateFrom).toBe('field');
    expect(wrapped.areas.features).toHaveLength(4);
  });
});

describe('importFile: UAControlMap KMZ', () => {
  const snapshot = importFile(uaControlMapKmz(), parseXml, land);

  it('unzips the KML, dates it by YYMMDD_HHMM and maps the incursion names', () => {
    expect(snapshot.date).toBe('2024-10-01');
    expect(snapshot.areas.features.map((f) => [f.properties.label, f.properties.side])).toEqual([
      ['Ukrainian Kursk Incursion', 'ua'],
      ['Russian Sumy Incursion', 'ru'],
    ]);
  });

  it('measures the Kursk incursion within 0.5 % of turf', () => {
    within(areasBySide(snapshot).ua.kursk, expectedKm2(KMZ_RING, 'kursk'));
  });

  it('names the file when the KMZ holds no KML', () => {
    expect(() => importFile(kmzWithoutKml(), parseXml, land)).toThrow(
      /^241002_1200\.kmz: .*no \.kml/,
    );
  });
});

describe('importFile: ISW layer, hand-converted and unknown files', () => {
  it('dates an ISW layer from its date attribute (epoch ms)', () => {
    const snapshot = importFile(iswLayer(), parseXml, land);
    expect(snapshot.date).toBe('2024-10-20');
    expect(snapshot.areas.features[0]?.properties.side).toBe('ua');
  });

  it('detects [lat, lon] order, swaps it and says so', () => {
    const snapshot = importFile(swappedSnapshot(), parseXml, land);
    expect(snapshot.notes.join(' ')).toMatch(/\[lat, lon\]/);
    const [lon, lat] = positions(snapshot.areas.features[0]!.geometry)[0]!;
    expect(lon).toBeGreaterThan(35);
    expect(lat).toBeGreaterThan(51);
    expect(snapshot.date).toBe('2024-09-15');
  });

  it('leaves date and side to the user when nothing is recognised, then applies the answers', () => {
    const snapshot = importFile(unrecognisedSnapshot(), parseXml, land);
    expect(snapshot.date).toBeNull();
    expect(unmappedLabels(snapshot)).toEqual(['Zone A']);
    const answered = withAnswers(snapshot, { date: '2024-09-01', sides: { 'Zone A': 'ru' } });
    expect(answered.date).toBe('2024-09-01');
    expect(unmappedLabels(answered)).toEqual([]);
    expect(areasBySide(answered).ru.kursk).toBeGreaterThan(0);
  });
});

describe('importFile: bad input names the file', () => {
  it('invalid JSON', () => {
    expect(() => importFile(invalidJson(), parseXml, land)).toThrow(
      /^broken\.geojson: is not valid JSON/,
    );
  });

  it('no polygons', () => {
    expect(() => importFile(pointsOnly(), parseXml, land)).toThrow(
      /^points-2024-09-01\.geojson: has no polygons/,
    );
  });

  it('an oversized file, refused before it is read', () => {
    const huge = { name: 'huge.geojson', bytes: new Uint8Array(MAX_FILE_BYTES + 1) };
    expect(() => importFile(huge, parseXml, land)).toThrow(/^huge\.geojson: is 64 MB/);
  });

  it('malformed KML', () => {
    const file = { name: 'bad.kml', bytes: new TextEncoder().encode('<kml><Document>') };
    expect(() => importFile(file, parseXml, land)).toThrow(/^bad\.kml: /);
  });
});

describe('snapshotInForce', () => {
  it('is the latest dated snapshot on or before the day, none before the first', () => {
    const a = importFile(deepStateSnapshot(), parseXml, land);
    const b = importFile(uaControlMapKmz(), parseXml, land);
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(snapshotInForce([b, a], day('2024-08-26'))).toBeNull();
    expect(snapshotInForce([b, a], day('2024-09-30'))?.source).toBe(a.source);
    expect(snapshotInForce([b, a], day('2024-10-01'))?.source).toBe(b.source);
  });
});
