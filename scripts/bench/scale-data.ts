import { booleanPointInPolygon } from '@turf/turf';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_END, OPEN_START, parseIsoDay, toIsoDay } from '../../src/data/dates';
import { DATA_FILES, REGION_BBOX, type Dataset } from '../../src/data/schema';
import { COMBINED_VIEW } from '../../src/data/vocabulary';
import type { MapFeatures } from '../../src/map/features/build';
import { withIds } from '../../src/map/features/types';
import { buildEventFeatures } from '../../src/map/features/events';
import type { LandPolygons } from '../../src/zones/build/cells';

/** The size issue #5 asks the map to cope with. */
const SCALE = { places: 10_000, events: 100_000, zones: 1_000 } as const;

/** The span the generated dates fall in: the real dataset's months, so the app's slider covers it. */
const SCALE_SPAN = {
  first: parseIsoDay('2024-08-06') as number,
  last: parseIsoDay('2025-05-31') as number,
};

/** mulberry32: tiny, seedable, good enough to make the same data on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const COUNTRIES = join(import.meta.dirname, '..', '..', 'public', 'basemap', 'countries.geojson');

/**
 * The state whose land polygon holds the point, so generated places pass the data check's
 * side-of-the-border rule; UA for a point in neither (the check does not judge those).
 */
function countryAt(countries: LandPolygons, lon: number, lat: number): 'RU' | 'UA' {
  const feature = countries.features.find((f) => booleanPointInPolygon([lon, lat], f));
  return feature?.properties.country ?? 'UA';
}

interface Generated {
  dataset: Dataset;
  features: MapFeatures;
}

/**
 * A valid dataset at {@link SCALE}, plus map features shaped like buildMapFeatures' output (one
 * status point per place, view and interval; event markers as the app builds them;
 * {@link SCALE.zones} polygons).
 * The features are generated, not derived, because deriving 1k zones by union over 10k buffered
 * places is far slower than the app's load path is meant to handle.
 */
export function generateScaleData(seed = 20250313): Generated {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const [west, south, east, north] = REGION_BBOX;
  const inset = 0.02;
  // A jittered square grid: cells ~1.7 km apart, jitter within ±30% of a cell, so no two places
  // come within the data check's 300 m of each other.
  const side = Math.ceil(Math.sqrt(SCALE.places));
  const cellLon = (east - west - 2 * inset) / side;
  const cellLat = (north - south - 2 * inset) / side;
  const jitter = () => (random() - 0.5) * 0.6;
  const lon = (i: number) => +(west + inset + ((i % side) + 0.5 + jitter()) * cellLon).toFixed(4);
  const lat = (i: number) =>
    +(south + inset + (Math.floor(i / side) + 0.5 + jitter()) * cellLat).toFixed(4);
  const countries = JSON.parse(readFileSync(COUNTRIES, 'utf8')) as LandPolygons;
  const day = () => int(SCALE_SPAN.first, SCALE_SPAN.last);

  const claimants: Dataset['claimants'] = Array.from({ length: 20 }, (_, i) => ({
    id: `claimant-${pad(i, 2)}`,
    name: `Claimant ${i}`,
    affiliation: pick(['ru', 'ua', 'independent'] as const),
    kind: pick(['government', 'military', 'osint', 'analyst', 'media'] as const),
  }));
  const sources: Dataset['sources'] = Array.from({ length: 500 }, (_, i) => ({
    id: `source-${pad(i, 3)}`,
    outlet: `Outlet ${i % 40}`,
    title: `Report ${i}`,
    url: `https://example.org/report/${i}`,
    // Published before every generated date, so no record precedes its sources.
    published: toIsoDay(SCALE_SPAN.first),
    publishedPrecision: 'day',
    language: pick(['en', 'uk', 'ru']),
    kind: pick(['news-report', 'official-statement', 'analyst-assessment'] as const),
  }));
  const places: Dataset['places'] = Array.from({ length: SCALE.places }, (_, i) => {
    const point = { lon: lon(i), lat: lat(i) };
    return {
      id: `place-${pad(i, 5)}`,
      names: { en: `Place ${i}`, native: `Місце ${i}`, variants: [] },
      country: countryAt(countries, point.lon, point.lat),
      oblast: 'Scale Oblast',
      kind: 'village',
      location: {
        ...point,
        precision: 'geonames',
        citation: { text: 'generated for the benchmark' },
      },
      citations: [`https://example.org/place/${i}`],
    };
  });
  const events: Dataset['events'] = Array.from({ length: SCALE.events }, (_, i) => ({
    id: `event-${pad(i, 6)}`,
    date: toIsoDay(day()),
    datePrecision: 'day',
    kind: pick(['control-claim', 'official-statement', 'military-operation', 'other'] as const),
    actor: pick(claimants).id,
    places: [pick(places).id],
    summary: `Generated event ${i}.`,
    excerpts: [],
    citations: [pick(sources).id],
  }));
  // Two claims per place by different claimants, so (claimant, place, from) never repeats.
  const claims: Dataset['claims'] = places.flatMap((place, i) =>
    [0, 1].map((k) => ({
      id: `claim-${pad(i, 5)}-${k}`,
      claimant: claimants[(i + k * 7) % claimants.length]?.id ?? 'claimant-00',
      place: place.id,
      holder: pick(['ru', 'ua', 'contested'] as const),
      from: toIsoDay(day()),
      datePrecision: 'day' as const,
      sources: [pick(sources).id],
    })),
  );
  const evacuations: Dataset['evacuations'] = Array.from({ length: 50 }, (_, i) => ({
    id: `evacuation-${pad(i, 2)}`,
    date: toIsoDay(day()),
    datePrecision: 'day',
    authority: pick(claimants).id,
    area: { oblast: 'Scale Oblast', hromadas: [pick(places).id] },
    settlements: { named: [pick(places).id, pick(places).id], count: int(2, 40) },
    people: int(0, 5000),
    summary: `Generated order ${i}.`,
    sources: [pick(sources).id],
  }));
  const areaFigures: Dataset['areaFigures'] = Array.from({ length: 50 }, (_, i) => ({
    id: `area-${pad(i, 2)}`,
    date: toIsoDay(day()),
    datePrecision: 'day',
    claimant: pick(claimants).id,
    km2: int(0, 1400),
    qualifier: 'about',
    sources: [pick(sources).id],
  }));
  const dataset = { claimants, sources, places, events, claims, evacuations, areaFigures };
  return { dataset, features: scaleFeatures(dataset, random) };
}

function scaleFeatures(dataset: Dataset, random: () => number): MapFeatures {
  const located = new Map(dataset.places.map((p) => [p.id, p.location]));
  const point = (placeId: string) => {
    const loc = located.get(placeId);
    return { type: 'Point' as const, coordinates: [loc?.lon ?? 0, loc?.lat ?? 0] };
  };
  const claimsByPlace = new Map<string, Dataset['claims']>();
  for (const claim of dataset.claims) {
    claimsByPlace.set(claim.place, [...(claimsByPlace.get(claim.place) ?? []), claim]);
  }
  const placeStatus = dataset.places.flatMap((place) => {
    const claims = (claimsByPlace.get(place.id) ?? []).sort((a, b) => a.from.localeCompare(b.from));
    const views = [COMBINED_VIEW, ...claims.map((c) => c.claimant)];
    return views.flatMap((view) => {
      const mine = view === COMBINED_VIEW ? claims : claims.filter((c) => c.claimant === view);
      const starts = [OPEN_START, ...mine.map((c) => parseIsoDay(c.from) as number)];
      return starts.map((start, i) => ({
        type: 'Feature' as const,
        geometry: point(place.id),
        properties: {
          placeId: place.id,
          view,
          status: i === 0 ? ('unclaimed' as const) : (mine[i - 1]?.holder ?? 'ua'),
          claimants: mine
            .slice(0, i)
            .map((c) => c.claimant)
            .join(','),
          start_day: start,
          end_day: starts[i + 1] ?? OPEN_END,
        },
      }));
    });
  });
  const placeLabels = dataset.places
    .filter((place) => place.location)
    .map((place) => ({
      type: 'Feature' as const,
      geometry: point(place.id),
      properties: {
        placeId: place.id,
        name_en: place.names.en,
        name_native: place.names.native,
        claims_on_record: claimsByPlace.get(place.id)?.length ?? 0,
      },
    }));
  const evacuations = dataset.evacuations.flatMap((order) =>
    [...order.area.hromadas, ...order.settlements.named].map((placeId, i) => ({
      type: 'Feature' as const,
      geometry: point(placeId),
      properties: {
        placeId,
        role: i === 0 ? ('hromada-centre' as const) : ('named-settlement' as const),
        label: `Evacuation order · ${order.settlements.count} settlements`,
        labelled: i === 0,
        start_day: parseIsoDay(order.date) as number,
        end_day: OPEN_END,
      },
    })),
  );
  return {
    placeStatus: withIds(placeStatus),
    placeLabels: withIds(placeLabels),
    events: buildEventFeatures(dataset),
    evacuations: withIds(evacuations),
    zones: withIds(zonePolygons(dataset, random)),
    zoneLabels: withIds([]),
  };
}

/** 12-gons a few km across, each shown over a random interval of days. */
function zonePolygons(dataset: Dataset, random: () => number) {
  const [west, south, east, north] = REGION_BBOX;
  return Array.from({ length: SCALE.zones }, (_, i) => {
    const cx = west + 0.1 + random() * (east - west - 0.2);
    const cy = south + 0.1 + random() * (north - south - 0.2);
    const r = 0.01 + random() * 0.04;
    const ring = Array.from({ length: 13 }, (_, k) => {
      const a = ((k % 12) / 12) * 2 * Math.PI;
      return [+(cx + r * 1.6 * Math.cos(a)).toFixed(5), +(cy + r * Math.sin(a)).toFixed(5)];
    });
    const start = SCALE_SPAN.first + Math.floor(random() * (SCALE_SPAN.last - SCALE_SPAN.first));
    const view = dataset.claimants[i % dataset.claimants.length]?.id ?? 'claimant-00';
    const status = random() < 0.5 ? ('ru' as const) : ('ua' as const);
    return {
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
      properties: {
        placeId: `zone-${i}`,
        view,
        status,
        start_day: start,
        end_day: start + 1 + Math.floor(random() * 200),
      },
    };
  });
}

/** Writes the data files (for the data check) and features.json (for the scrub) into `dir`. */
export function writeScaleData(dir: string, generated: Generated): void {
  mkdirSync(dir, { recursive: true });
  for (const [kind, { file }] of Object.entries(DATA_FILES)) {
    writeFileSync(join(dir, file), JSON.stringify(generated.dataset[kind as keyof Dataset]));
  }
  writeFileSync(join(dir, 'features.json'), JSON.stringify(generated.features));
}
