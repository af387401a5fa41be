import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../data/schema';
import {
  HELD_SIDES,
  deriveZone,
  holderTimeline,
  sideName,
  type CountriesCollection,
  type DerivedZone,
  type HeldSide,
  type HolderChange,
} from './derive-control';
import { controlClaimants } from './map-features-places';
import { OPEN_END, withIds, type ZoneFeatures, type ZoneProperties } from './map-features-types';

const AREA_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Per claimant and side, one zone feature per interval in which the set of places that claimant
 * says the side holds stays the same; the union is only recomputed when that set changes. Empty
 * zones are skipped so nothing is drawn before a claimant's first claim.
 */
export function buildZoneFeatures(
  dataset: Pick<Dataset, 'claims' | 'places' | 'claimants'>,
  countries: CountriesCollection,
): ZoneFeatures {
  const names = new Map(dataset.claimants.map((c) => [c.id, c.name]));
  const placesById = new Map(dataset.places.map((place) => [place.id, place]));
  const located = new Set(dataset.places.filter((p) => p.location).map((p) => p.id));
  const features: Feature<Polygon | MultiPolygon, ZoneProperties>[] = [];
  for (const claimant of controlClaimants(dataset)) {
    const timeline = holderTimeline(dataset.claims, claimant);
    for (const side of HELD_SIDES) {
      for (const { start, end, heldIds } of heldIntervals(timeline, side, located)) {
        const zone = deriveZone(side, heldIds, placesById, countries);
        const name = names.get(claimant) ?? claimant;
        const feature = zoneFeature(claimant, name, zone, start, end);
        if (feature) features.push(feature);
      }
    }
  }
  return withIds(features);
}

/** Intervals of a constant, non-empty set of located places held by `side`. */
function heldIntervals(
  timeline: readonly HolderChange[],
  side: HeldSide,
  located: ReadonlySet<string>,
): { start: number; end: number; heldIds: string[] }[] {
  const intervals: { start: number; end: number; heldIds: string[] }[] = [];
  let previousKey: string | null = null;
  for (const { day, holders } of timeline) {
    const heldIds = [...holders]
      .filter(([placeId, holder]) => holder === side && located.has(placeId))
      .map(([placeId]) => placeId)
      .sort();
    const key = heldIds.join(',');
    if (key === previousKey) continue;
    previousKey = key;
    const last = intervals.at(-1);
    if (last) last.end = day;
    intervals.push({ start: day, end: OPEN_END, heldIds });
  }
  return intervals.filter((interval) => interval.heldIds.length > 0);
}

function zoneFeature(
  claimant: string,
  claimantName: string,
  zone: DerivedZone,
  start: number,
  end: number,
): Feature<Polygon | MultiPolygon, ZoneProperties> | null {
  if (!zone.geometry) return null;
  return {
    type: 'Feature',
    geometry: zone.geometry,
    properties: {
      claimant,
      claimant_name: claimantName,
      side: zone.side,
      approximate: true,
      start_day: start,
      end_day: end,
      area_km2: Math.round(zone.areaKm2 * 10) / 10,
      place_count: zone.placeCount,
      place_ids: zone.placeIds.join(','),
      method: zone.method,
      label: zoneLabel(claimantName, zone.side, zone.placeCount, zone.areaKm2),
    },
  };
}

/** E.g. "Russian Defence Ministry: Russia held (claimed) · derived from 12 settlements · ≈ 180 km²". */
export function zoneLabel(
  claimantName: string,
  side: HeldSide,
  placeCount: number,
  km2: number,
): string {
  const settlements = placeCount === 1 ? 'settlement' : 'settlements';
  return `${claimantName}: ${sideName(side)} held (claimed) · derived from ${placeCount} ${settlements} · ≈ ${AREA_FORMAT.format(km2)} km²`;
}
