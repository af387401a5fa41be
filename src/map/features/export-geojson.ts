import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { toDayNumber, toIsoDay } from '../../data/dates';
import type { ControlClaim, Dataset, Place } from '../../data/schema';
import { COMBINED_VIEW } from '../../data/vocabulary';
import { latestClaimsAsOf } from '../../evidence/claims-as-of';
import type { PlaceChange } from '../../zones/compare';
import { covers, impliedSpanAt, IMPLIED_STATUSES, type ZoneData } from '../../zones/zone-data';
import { pointOf } from './types';

/** The layer groups the export draws (the legend's toggles; structurally the store's). */
export interface ExportLayers {
  settlements: boolean;
  zones: boolean;
  implied: boolean;
  evacuations: boolean;
  events: boolean;
}

/** What the map shows: the date, the claims view, the visible groups, and any comparison. */
export interface ExportView {
  day: number;
  view: string;
  layers: ExportLayers;
  /** Days an event marker stays on the map, counting the selected day. */
  eventWindowDays: number;
  /** The changes drawn when comparing, with the earlier and later date. */
  compare?: { from: number; to: number; changes: readonly PlaceChange[] } | null;
}

/** A claim as exported: who, what, from when, and the URLs of its sources. */
interface ExportedClaim {
  claim_id: string;
  claimant_id: string;
  claimant: string;
  holder: ControlClaim['holder'];
  claimed_from: string;
  liberated: boolean;
  citation_urls: string[];
}

type Properties = Record<string, unknown> & { citation_urls: string[] };

type Evidence = Pick<
  Dataset,
  'claims' | 'places' | 'claimants' | 'sources' | 'events' | 'evacuations'
>;

/**
 * The features the map draws on the date in the view, as a GeoJSON FeatureCollection for
 * download: settlements, cells, evacuation orders, recent events and, when comparing, the
 * changes. Every feature carries its claimants, dates and citation URLs (a settlement with no
 * claim cites its coordinate's source), plus the date shown and the view.
 */
export function exportFeatureCollection(
  dataset: Evidence,
  zones: ZoneData,
  shown: ExportView,
): FeatureCollection {
  const urls = sourceUrls(dataset);
  const names = new Map(dataset.claimants.map((claimant) => [claimant.id, claimant.name]));
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const claimsById = new Map(dataset.claims.map((claim) => [claim.id, claim]));
  const viewClaims =
    shown.view === COMBINED_VIEW
      ? dataset.claims
      : dataset.claims.filter((claim) => claim.claimant === shown.view);
  const exported = (claim: ControlClaim): ExportedClaim => ({
    claim_id: claim.id,
    claimant_id: claim.claimant,
    claimant: names.get(claim.claimant) ?? claim.claimant,
    holder: claim.holder,
    claimed_from: claim.from,
    liberated: claim.liberated ?? false,
    citation_urls: urls(claim.sources),
  });
  const claimProperties = (claims: readonly ControlClaim[]) => {
    const list = claims.map(exported);
    return {
      claimants: list.map((claim) => claim.claimant),
      claim_dates: list.map((claim) => claim.claimed_from),
      claims: list,
      citation_urls: [...new Set(list.flatMap((claim) => claim.citation_urls))],
    };
  };
  const common = { date_shown: toIsoDay(shown.day), view: shown.view };
  const features: Feature<Geometry, Properties>[] = [];
  const push = (geometry: Geometry, properties: Properties) =>
    features.push({ type: 'Feature', geometry, properties: { ...common, ...properties } });

  const statusOn = new Map<string, string>();
  for (const interval of zones.views[shown.view] ?? []) {
    if (covers(interval, shown.day)) statusOn.set(interval.place, interval.status);
  }
  const inForce = (place: string) => latestClaimsAsOf(viewClaims, place, shown.day);
  /** The claims a place's status rests on: those in force, or the implied span's own claim. */
  const behind = (place: string, status: string): ControlClaim[] => {
    if (!IMPLIED_STATUSES.some((implied) => implied === status)) return inForce(place);
    const span = impliedSpanAt(zones, shown.view, place, shown.day);
    const claim = span && claimsById.get(span.fromClaimId);
    return claim ? [claim] : [];
  };

  if (shown.layers.zones || shown.layers.implied) {
    for (const [place, status] of statusOn) {
      const implied = IMPLIED_STATUSES.some((s) => s === status);
      const geometry = zones.cells.get(place)?.geometry;
      if (!geometry || !(implied ? shown.layers.implied : shown.layers.zones)) continue;
      push(geometry, {
        layer: 'zone-cell',
        place_id: place,
        status,
        ...claimProperties(behind(place, status)),
      });
    }
  }
  if (shown.layers.settlements) {
    for (const place of dataset.places) {
      const geometry = pointOf(place);
      if (!geometry) continue;
      const status = statusOn.get(place.id) ?? 'unclaimed';
      const claims = claimProperties(status === 'unclaimed' ? [] : behind(place.id, status));
      const location = place.location?.citation.url;
      push(geometry, {
        layer: 'settlement',
        ...placeProperties(place),
        status,
        ...claims,
        location_citation_url: location ?? null,
        citation_urls: [...claims.citation_urls, ...(location ? [location] : [])],
      });
    }
  }
  if (shown.layers.evacuations)
    features.push(...evacuationFeatures(dataset, shown, places, urls, common));
  if (shown.layers.events) features.push(...eventFeatures(dataset, shown, places, urls, common));
  for (const change of shown.compare?.changes ?? []) {
    const geometry = zones.cells.get(change.place)?.geometry ?? pointOf(places.get(change.place));
    if (!geometry) continue;
    push(geometry, {
      layer: 'change',
      place_id: change.place,
      change: change.kind,
      compared_from: toIsoDay(shown.compare?.from ?? shown.day),
      compared_to: toIsoDay(shown.compare?.to ?? shown.day),
      status_before: change.before.status,
      status_after: change.after.status,
      ...claimProperties(change.claims),
    });
  }
  return { type: 'FeatureCollection', features };
}

function placeProperties(place: Place) {
  return { place_id: place.id, name: place.names.en, name_native: place.names.native };
}

/** Source ids → their URLs (unknown ids dropped). */
function sourceUrls(dataset: Pick<Dataset, 'sources'>) {
  const byId = new Map(dataset.sources.map((source) => [source.id, source.url]));
  return (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const url = byId.get(id);
      return url ? [url] : [];
    });
}

type Common = { date_shown: string; view: string };

/** Orders issued on or before the date, at their located hromada centres and named places. */
function evacuationFeatures(
  dataset: Pick<Dataset, 'evacuations'>,
  shown: ExportView,
  places: ReadonlyMap<string, Place>,
  urls: (ids: readonly string[]) => string[],
  common: Common,
): Feature<Point, Properties>[] {
  return dataset.evacuations
    .filter((order) => toDayNumber(order.date) <= shown.day)
    .flatMap((order) =>
      [...new Set([...order.area.hromadas, ...order.settlements.named])].flatMap((id) => {
        const place = places.get(id);
        const geometry = pointOf(place);
        if (!geometry || !place) return [];
        const properties: Properties = {
          ...common,
          layer: 'evacuation-order',
          ...placeProperties(place),
          order_id: order.id,
          authority: order.authority,
          ordered_on: order.date,
          summary: order.summary,
          citation_urls: urls(order.sources),
        };
        return [{ type: 'Feature' as const, geometry, properties }];
      }),
    );
}

/** Events of the map's window up to the date, at each located place they name. */
function eventFeatures(
  dataset: Pick<Dataset, 'events'>,
  shown: ExportView,
  places: ReadonlyMap<string, Place>,
  urls: (ids: readonly string[]) => string[],
  common: Common,
): Feature<Point, Properties>[] {
  return dataset.events
    .filter((event) => {
      const day = toDayNumber(event.date);
      return day <= shown.day && day > shown.day - shown.eventWindowDays;
    })
    .flatMap((event) =>
      event.places.flatMap((id) => {
        const place = places.get(id);
        const geometry = pointOf(place);
        if (!geometry || !place) return [];
        const properties: Properties = {
          ...common,
          layer: 'event',
          ...placeProperties(place),
          event_id: event.id,
          kind: event.kind,
          actor: event.actor,
          event_date: event.date,
          summary: event.summary,
          citation_urls: urls(event.citations),
        };
        return [{ type: 'Feature' as const, geometry, properties }];
      }),
    );
}
