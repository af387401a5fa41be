import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { COMBINED_VIEW } from '../../data/vocabulary';
import type { StatusInterval } from '../../zones/combined-status';
import type { Country } from '../../zones/sites';
import { covers, ZONE_STATUS_NAMES, type ZoneData } from '../../zones/zone-data';
import type { ZoneCell } from '../../zones/zone-cells-schema';
import {
  withIds,
  type CellFeatures,
  type CellProperties,
  type ZoneLabelFeatures,
  type ZoneLabelProperties,
} from './types';

/**
 * One feature per (view, place, status interval) with the place's cell: the map shows any day
 * and view by filtering alone. Places without a usable cell are not drawn.
 */
export function buildCellFeatures(zones: ZoneData): CellFeatures {
  const features: Feature<Polygon | MultiPolygon, CellProperties>[] = [];
  for (const [view, intervals] of Object.entries(zones.views)) {
    for (const interval of intervals) {
      const geometry = zones.cells.get(interval.place)?.geometry;
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

/**
 * One label point per view, status, state and span of days in which that zone's cells stay the
 * same, naming the view, the side and the km² (the sum of the cells' areas).
 */
export function buildZoneLabelFeatures(
  zones: ZoneData,
  countryOf: ReadonlyMap<string, Country>,
  viewName: (view: string) => string,
): ZoneLabelFeatures {
  const features: Feature<Point, ZoneLabelProperties>[] = [];
  for (const [view, intervals] of Object.entries(zones.views)) {
    const groups = new Map<string, Drawn[]>();
    for (const interval of intervals) {
      const cell = zones.cells.get(interval.place);
      const country = countryOf.get(interval.place);
      if (!cell?.geometry || !country) continue;
      const key = `${interval.status}/${country}`;
      groups.set(key, [...(groups.get(key) ?? []), { interval, cell, country }]);
    }
    for (const group of groups.values()) {
      features.push(...groupLabels(view, viewName(view), group));
    }
  }
  return withIds(features);
}

/** Labels of one view's zone of one status in one state, one per span of unchanged cells. */
function groupLabels(view: string, name: string, group: Drawn[]) {
  const days = [...new Set(group.flatMap(({ interval }) => [interval.from, interval.to]))].sort(
    (a, b) => a - b,
  );
  const labels: Feature<Point, ZoneLabelProperties>[] = [];
  let previousKey: string | null = null;
  let open: Feature<Point, ZoneLabelProperties> | null = null;
  for (const [index, start] of days.slice(0, -1).entries()) {
    const end = days[index + 1] ?? start;
    const active = group.filter(({ interval }) => covers(interval, start));
    const key = active.map(({ interval }) => interval.place).join();
    if (key === previousKey) {
      if (open) open.properties.end_day = end;
      continue;
    }
    previousKey = key;
    open = null;
    if (active.length === 0) continue;
    const status = active[0]?.interval.status ?? 'ru';
    const km2 = active.reduce((sum, { cell }) => sum + cell.areaKm2, 0);
    const count = active.length === 1 ? '1 settlement' : `${active.length} settlements`;
    const side = ZONE_STATUS_NAMES[status];
    open = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: anchor(active) },
      properties: {
        view,
        status,
        label: `${name}: ${side}\n${formatKm2(km2)} · ${count}`,
        start_day: start,
        end_day: end,
      },
    };
    labels.push(open);
  }
  return labels;
}

/** The site of the cell nearest the area-weighted centre of the cells' sites. */
function anchor(active: readonly Drawn[]): [number, number] {
  const total = active.reduce((sum, { cell }) => sum + cell.areaKm2, 0) || 1;
  const cx = active.reduce((sum, { cell }) => sum + cell.site[0] * cell.areaKm2, 0) / total;
  const cy = active.reduce((sum, { cell }) => sum + cell.site[1] * cell.areaKm2, 0) / total;
  const distance = ({ cell }: Drawn) => (cell.site[0] - cx) ** 2 + (cell.site[1] - cy) ** 2;
  const nearest = active.reduce((best, item) => (distance(item) < distance(best) ? item : best));
  return nearest.cell.site;
}

/** "1,020 km²": whole km², grouped, under 10 km² with one decimal. */
function formatKm2(km2: number): string {
  return `${(km2 < 10 ? ONE_DECIMAL : WHOLE).format(km2)} km²`;
}

// Made once: toLocaleString with options builds a formatter per call (0.7 s for the scale data's labels).
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The view's name for labels: the claimant's, or "All claimants" for the combined view. */
export function viewNamer(claimants: readonly { id: string; name: string }[]) {
  const names = new Map(claimants.map((claimant) => [claimant.id, claimant.name]));
  return (view: string) => (view === COMBINED_VIEW ? 'All claimants' : (names.get(view) ?? view));
}
