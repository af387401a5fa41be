import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { COMBINED_VIEW } from '../../data/vocabulary';
import type { StatusInterval } from '../../zones/combined-status';
import type { Country } from '../../zones/sites';
import { covers, type ZoneData } from '../../zones/zone-data';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/langs';
import type { Translate } from '../../i18n/setup';
import type { ZoneCell } from '../../zones/zone-cells-schema';
import { cellOutline } from './cell-outline';
import {
  withIds,
  type CellFeatures,
  type CellProperties,
  type ZoneLabelFeatures,
  type ZoneLabelProperties,
} from './types';

/**
 * One feature per (view, place, status interval) with the place's cell outline (simplified for
 * drawing: {@link cellOutline}): the map shows any day and view by filtering alone. Places
 * without a usable cell are not drawn.
 */
export function buildCellFeatures(zones: ZoneData): CellFeatures {
  const features: Feature<Polygon | MultiPolygon, CellProperties>[] = [];
  const outlines = new Map<string, Polygon | MultiPolygon>();
  const outlineOf = (place: string) => {
    const cell = zones.cells.get(place)?.geometry;
    if (!cell) return null;
    const outline = outlines.get(place) ?? cellOutline(cell);
    outlines.set(place, outline);
    return outline;
  };
  for (const [view, intervals] of Object.entries(zones.views)) {
    for (const interval of intervals) {
      const geometry = outlineOf(interval.place);
      if (!geometry) continue;
      features.push({
        type: 'Feature',
        geometry,
        properties: {
          placeId: interval.place,
          view,
          status: interval.status,
          start_day: interval.from,
          end_day: interval.to,
        },
      });
    }
  }
  return withIds(features);
}

interface Drawn {
  interval: StatusInterval;
  cell: ZoneCell;
  country: Country;
}

/** The language zone labels are worded in. */
export interface LabelWords {
  t: Translate;
  lang: Lang;
}

/**
 * One label point per view, status, state and span of days in which that zone's cells stay the
 * same, naming the view, the side and the km² (the sum of the cells' areas).
 */
export function buildZoneLabelFeatures(
  zones: ZoneData,
  countryOf: ReadonlyMap<string, Country>,
  viewName: (view: string) => string,
  words: LabelWords,
): ZoneLabelFeatures {
  const features: Feature<Point, ZoneLabelProperties>[] = [];
  for (const [view, intervals] of Object.entries(zones.views)) {
    const groups = new Map<string, Drawn[]>();
    for (const interval of intervals) {
      const cell = zones.cells.get(interval.place);
      const country = countryOf.get(interval.place);
      if (!cell?.geometry || !country) continue;
      const key = `${interval.status}/${country}`;
      // Appended in place: copying the group per interval was quadratic (10,000 places: ~1 s).
      const drawn = groups.get(key) ?? [];
      drawn.push({ interval, cell, country });
      groups.set(key, drawn);
    }
    for (const group of groups.values()) {
      features.push(...groupLabels(view, viewName(view), group, words));
    }
  }
  return withIds(features);
}

/** Labels of one view's zone of one status in one state, one per span of unchanged cells. */
function groupLabels(view: string, name: string, group: Drawn[], { t, lang }: LabelWords) {
  const days = [...new Set(group.flatMap(({ interval }) => [interval.from, interval.to]))].sort(
    (a, b) => a - b,
  );
  const labels: Feature<Point, ZoneLabelProperties>[] = [];
  let previous: Drawn[] | null = null;
  let open: Feature<Point, ZoneLabelProperties> | null = null;
  for (const [index, start] of days.slice(0, -1).entries()) {
    const end = days[index + 1] ?? start;
    const active = group.filter(({ interval }) => covers(interval, start));
    if (previous && samePlaces(active, previous)) {
      if (open) open.properties.end_day = end;
      continue;
    }
    previous = active;
    open = null;
    if (active.length === 0) continue;
    const status = active[0]?.interval.status ?? 'ru';
    const { km2, site } = areaAndAnchor(active);
    open = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: site },
      properties: {
        view,
        status,
        label: t('map.zoneLabel', {
          view: name,
          status: t(`zone.status.${status}`),
          km2: formatNumber(km2, lang, km2 < 10 ? 1 : 0),
          count: active.length,
        }),
        start_day: start,
        end_day: end,
      },
    };
    labels.push(open);
  }
  return labels;
}

/** Whether two spans' cells are the same places in the same order (no joined key per day). */
function samePlaces(a: readonly Drawn[], b: readonly Drawn[]): boolean {
  return (
    a.length === b.length && a.every((item, i) => item.interval.place === b[i]?.interval.place)
  );
}

/**
 * The cells' total km² and the site of the cell nearest the area-weighted centre of their sites,
 * in two passes (at scale the labels' cells add up to millions of items).
 */
function areaAndAnchor(active: readonly Drawn[]): { km2: number; site: [number, number] } {
  let km2 = 0;
  let weightedX = 0;
  let weightedY = 0;
  for (const { cell } of active) {
    km2 += cell.areaKm2;
    weightedX += cell.site[0] * cell.areaKm2;
    weightedY += cell.site[1] * cell.areaKm2;
  }
  const [cx, cy] = [weightedX / (km2 || 1), weightedY / (km2 || 1)];
  let site = active[0]?.cell.site ?? [0, 0];
  let best = Infinity;
  for (const { cell } of active) {
    const distance = (cell.site[0] - cx) ** 2 + (cell.site[1] - cy) ** 2;
    if (distance < best) {
      best = distance;
      site = cell.site;
    }
  }
  return { km2, site };
}

/** The view's name for labels: the claimant's, or "All claimants" for the combined view. */
export function viewNamer(claimants: readonly { id: string; name: string }[], t: Translate) {
  const names = new Map(claimants.map((claimant) => [claimant.id, claimant.name]));
  return (view: string) =>
    view === COMBINED_VIEW ? t('map.allClaimants') : (names.get(view) ?? view);
}
