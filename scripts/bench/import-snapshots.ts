import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEEPSTATE_RINGS } from '../../tests/fixtures/imports/fixtures';
import { seededRandom } from './scale-data';

/**
 * Daily assessed-map snapshots for the import benchmark, in DeepState's archive layout
 * (`<unix seconds>.geojson`, 3-D positions, " /// " status names, fill colours; formats.md).
 * Invented, seeded geometry of the project's own, no third-party data: inside the operation area
 * a Ukrainian-held area around the fixtures' Sudzha box that grows for three weeks and then
 * shrinks, a grey band beside it and, later, a Russian-held area on the Sumy side; outside it,
 * far-front polygons that fill each file to a real snapshot's size (~0.5 MB) and are dropped by
 * the clip, as most of a real snapshot is.
 */
export interface BenchSnapshot {
  name: string;
  bytes: number;
}

const FIRST_DAY = Date.UTC(2024, 7, 10) / 1000;
const TARGET_BYTES = 500_000;
const KM_PER_DEG_LAT = 111.2;
const [UA_W, UA_S, UA_E, UA_N] = [
  DEEPSTATE_RINGS.ua[0]![0],
  DEEPSTATE_RINGS.ua[0]![1],
  DEEPSTATE_RINGS.ua[2]![0],
  DEEPSTATE_RINGS.ua[2]![1],
];
const CENTRE: [number, number] = [(UA_W + UA_E) / 2, (UA_S + UA_N) / 2];

type Ring = number[][];
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** A star-shaped (so simple) ring of `n` vertices, radius `km` ± `jitter`, in [lon, lat, 0]. */
function starRing(
  centre: [number, number],
  km: number,
  n: number,
  jitter: number,
  random: () => number,
): Ring {
  const kmPerDegLon = KM_PER_DEG_LAT * Math.cos((centre[1] * Math.PI) / 180);
  const ring = Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / n;
    const radius = km * (1 + jitter * (random() * 2 - 1));
    return [
      r6(centre[0] + (radius * Math.cos(angle)) / kmPerDegLon),
      r6(centre[1] + (radius * Math.sin(angle)) / KM_PER_DEG_LAT),
      0,
    ];
  });
  return [...ring, ring[0]!];
}

const feature = (ring: Ring, name: string, fill: string) => ({
  type: 'Feature',
  properties: { name, fill, 'fill-opacity': 0.3, stroke: fill, 'stroke-width': 2 },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

const LIBERATED = ['Звільнено /// Liberated /// geoJSON.status.dismissed', '#01579b'] as const;
const UNKNOWN = [
  'Статус невідомий /// Unknown status /// geoJSON.status.unknown',
  '#bdbdbd',
] as const;
const OCCUPIED = ['Окуповано /// Occupied /// geoJSON.status.occupied', '#a52714'] as const;

/** km radius of the Ukrainian-held area on day `d`: 8 → 20 km in three weeks, then down to 3. */
const heldKm = (d: number) =>
  d < 21 ? 8 + (12 * d) / 21 : Math.max(3, 20 - (17 * (d - 21)) / 240);

/** The snapshot of day `d` (0 = 10 Aug 2024) as GeoJSON text. */
function snapshotText(d: number, random: () => number): string {
  const inside = [
    feature(starRing(CENTRE, heldKm(d), 900, 0.08, random), ...LIBERATED),
    feature(starRing([CENTRE[0] + 0.45, CENTRE[1]], 6, 300, 0.1, random), ...UNKNOWN),
  ];
  if (d >= 200)
    inside.push(
      feature(starRing([CENTRE[0] - 0.3, CENTRE[1] - 0.25], 4, 200, 0.1, random), ...OCCUPIED),
    );
  const features: unknown[] = [...inside];
  // Far-front filler (Donbas-like, 37.5–39.5°E 47.5–49°N) until the file is a snapshot's size.
  for (;;) {
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    if (text.length >= TARGET_BYTES) return text;
    const centre: [number, number] = [37.5 + 2 * random(), 47.5 + 1.5 * random()];
    features.push(feature(starRing(centre, 10 + 20 * random(), 1500, 0.05, random), ...OCCUPIED));
  }
}

/** Writes `count` daily snapshots into `dir` (seeded: the same files every run). */
export function writeImportSnapshots(dir: string, count: number): BenchSnapshot[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(20240806);
  return Array.from({ length: count }, (_, d) => {
    const name = `${FIRST_DAY + d * 86_400}.geojson`;
    const text = snapshotText(d, random);
    writeFileSync(join(dir, name), text);
    return { name: join(dir, name), bytes: Buffer.byteLength(text) };
  });
}
