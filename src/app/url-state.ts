import { parseIsoDay, toIsoDay } from '../data/dates';
import { COMBINED_VIEW } from '../data/vocabulary';
import { DEFAULT_VISIBLE_LAYERS, LAYER_GROUPS, type LayerGroup } from '../state/layers-slice';
import { ZONE_STATUSES } from '../map/pattern-images';
import type { ZoneRef } from '../zones/zone-data';
import { isLang, type Lang } from '../i18n/langs';

/**
 * The URL schema:
 * `?date=YYYY-MM-DD&compare=YYYY-MM-DD&place=<id>&zone=<view>.<status>&layers=a,b&view=<claimant|all>&lang=en|uk|ru`
 * for app state (`compare` is the second date of a comparison; `zone` is a selected zone, e.g.
 * `ru-mod.ru`, ignored when `place` is set),
 * and MapLibre's named hash `#map=zoom/lat/lon[/bearing/pitch]` for the camera (MapLibre owns
 * and parses it; a usable one wins over the default framing).
 */
export interface UrlState {
  day: number;
  /** The date compared with `day`; null when not comparing. */
  compareDay: number | null;
  selectedPlaceId: string | null;
  /** The selected zone; null when a place is selected or none is. */
  selectedZone: ZoneRef | null;
  visibleLayers: Record<LayerGroup, boolean>;
  view: string;
  /** Interface language. */
  lang: Lang;
}

/** What parsing may accept: a day span and, once data is loaded, the known ids. */
export interface UrlLimits {
  minDay: number;
  maxDay: number;
  defaultDay: number;
  /** The language when the URL names none: the browser's preferred one we speak. */
  defaultLang?: Lang;
  /** Known place ids; null before the data is loaded (any well-formed id is kept). */
  placeIds?: ReadonlySet<string> | null;
  /** Known claimant ids for the claims view; null before the data is loaded. */
  claimantIds?: ReadonlySet<string> | null;
}

/**
 * The default date is 13 March 2025, the day of the seed articles (the RU MoD's Sudzha claim and
 * the Sumy evacuation order), so a bare URL opens on the story the project was started from.
 */
export const DEFAULT_DAY = parseIsoDay('2025-03-13') as number;

/**
 * Bounds used before the data is loaded: the Kursk incursion (Aug 2024) to the end of 2025.
 * After load the app re-clamps to the dataset's own span.
 */
export const STATIC_LIMITS: UrlLimits = {
  minDay: parseIsoDay('2024-07-01') as number,
  maxDay: parseIsoDay('2025-12-31') as number,
  defaultDay: DEFAULT_DAY,
};

const ID = /^[a-z0-9][a-z0-9_-]{0,80}$/;
const LAYERS_NONE = 'none';

function parseDay(raw: string | null, limits: UrlLimits): number {
  const day = raw === null ? null : parseIsoDay(raw.trim());
  if (day === null) return clamp(limits.defaultDay, limits);
  return clamp(day, limits);
}

/** A comparison date: a real date, clamped like `date`; anything else means no comparison. */
function parseCompareDay(raw: string | null, limits: UrlLimits): number | null {
  const day = raw === null ? null : parseIsoDay(raw.trim());
  return day === null ? null : clamp(day, limits);
}

function clamp(day: number, limits: UrlLimits): number {
  return Math.min(limits.maxDay, Math.max(limits.minDay, day));
}

function parsePlace(raw: string | null, limits: UrlLimits): string | null {
  if (raw === null || !ID.test(raw)) return null;
  if (limits.placeIds && !limits.placeIds.has(raw)) return null;
  return raw;
}

function parseLayers(raw: string | null): Record<LayerGroup, boolean> {
  if (raw === null) return { ...DEFAULT_VISIBLE_LAYERS };
  if (raw === LAYERS_NONE) {
    return Object.fromEntries(LAYER_GROUPS.map((g) => [g, false])) as Record<LayerGroup, boolean>;
  }
  const named = new Set(raw.split(','));
  const known = LAYER_GROUPS.filter((group) => named.has(group));
  if (known.length === 0) return { ...DEFAULT_VISIBLE_LAYERS };
  return Object.fromEntries(LAYER_GROUPS.map((g) => [g, named.has(g)])) as Record<
    LayerGroup,
    boolean
  >;
}

function parseView(raw: string | null, limits: UrlLimits): string {
  if (raw === null || raw === COMBINED_VIEW || !ID.test(raw)) return COMBINED_VIEW;
  if (limits.claimantIds && !limits.claimantIds.has(raw)) return COMBINED_VIEW;
  return raw;
}

function parseLang(raw: string | null, limits: UrlLimits): Lang {
  return isLang(raw) ? raw : (limits.defaultLang ?? 'en');
}

function parseZone(raw: string | null, limits: UrlLimits): ZoneRef | null {
  if (raw === null) return null;
  const dot = raw.lastIndexOf('.');
  if (dot < 1) return null;
  const view = raw.slice(0, dot);
  const status = ZONE_STATUSES.find((known) => known === raw.slice(dot + 1));
  if (!status || parseView(view, limits) !== view) return null;
  return { view, status };
}

/**
 * Reads the app state from a URL. Total: never throws; anything unknown or malformed falls back
 * to its default and dates outside the limits are clamped, so a mangled link still opens a map.
 */
export function parseUrlState(search: string, limits: UrlLimits): UrlState {
  // URLSearchParams never throws on a string; bad percent-escapes decode to U+FFFD and fail ID.
  const params = new URLSearchParams(search);
  const first = (key: string) => params.get(key);
  const selectedPlaceId = parsePlace(first('place'), limits);
  return {
    day: parseDay(first('date'), limits),
    compareDay: parseCompareDay(first('compare'), limits),
    selectedPlaceId,
    selectedZone: selectedPlaceId === null ? parseZone(first('zone'), limits) : null,
    visibleLayers: parseLayers(first('layers')),
    view: parseView(first('view'), limits),
    lang: parseLang(first('lang'), limits),
  };
}

/**
 * Writes the query string. The date is always written so a shared link keeps its day even if the
 * default changes, and so is the language, so a link opens in the language it was shared in; the
 * other keys are left out at their defaults to keep links short, except the view with
 * `explicitView` (a shared or cited link names the claims it shows).
 */
export function serialiseUrlState(
  state: UrlState,
  options: { explicitView?: boolean } = {},
): string {
  const params = new URLSearchParams();
  params.set('date', toIsoDay(state.day));
  if (state.compareDay !== null) params.set('compare', toIsoDay(state.compareDay));
  if (state.selectedPlaceId !== null) params.set('place', state.selectedPlaceId);
  else if (state.selectedZone) {
    params.set('zone', `${state.selectedZone.view}.${state.selectedZone.status}`);
  }
  const visible = LAYER_GROUPS.filter((group) => state.visibleLayers[group]);
  const isDefault = LAYER_GROUPS.every(
    (group) => state.visibleLayers[group] === DEFAULT_VISIBLE_LAYERS[group],
  );
  if (!isDefault) params.set('layers', visible.length === 0 ? LAYERS_NONE : visible.join(','));
  if (state.view !== COMBINED_VIEW || options.explicitView) params.set('view', state.view);
  params.set('lang', state.lang);
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

/**
 * Limits once the data is loaded: the timeline's span and the known place and claimant ids,
 * so a link to a removed place or claimant silently opens the default instead.
 */
export function loadedLimits(
  span: { min: number; max: number } | null,
  placeIds: Iterable<string>,
  claimantIds: Iterable<string>,
): UrlLimits {
  const minDay = span?.min ?? STATIC_LIMITS.minDay;
  const maxDay = span?.max ?? STATIC_LIMITS.maxDay;
  return {
    minDay,
    maxDay,
    defaultDay: Math.min(maxDay, Math.max(minDay, DEFAULT_DAY)),
    placeIds: new Set(placeIds),
    claimantIds: new Set(claimantIds),
  };
}
