import { toDayNumber } from '../data/dates';
import type { Dataset } from '../data/schema';
import { COMBINED_VIEW, type StatusInterval, type ZoneStatus } from './combined-status';
import type { ImpliedSpan } from './implied';
import { usableCells } from './zone-cells';
import type { ZoneCell, ZoneCellsFile } from './zone-cells-schema';
import { zoneStatuses, type ZoneStatuses } from './zone-status';

/** What the page knows of the zones: statuses (derived here), cells (from the build). */
export interface ZoneData extends ZoneStatuses {
  /** Usable cells by place id (coordinate unchanged since the build). */
  cells: ReadonlyMap<string, ZoneCell>;
  /** The radius the cells were cut to, km; null when the cells file could not be used. */
  maxRadiusKm: number | null;
}

/** A drawn zone: the cells one view gives one status on the selected day. */
export interface ZoneRef {
  /** A claimant id or the combined view. */
  view: string;
  status: ZoneStatus;
}

/**
 * The zone data for the valid records and the cells file (null when it could not be used), with
 * the statuses the build derived from these very records when given (zone-status.json).
 */
export function buildZoneData(
  dataset: Pick<Dataset, 'places' | 'claims'>,
  file: ZoneCellsFile | null,
  statuses: ZoneStatuses | null = null,
): ZoneData {
  return {
    ...(statuses ?? zoneStatuses(dataset)),
    cells: usableCells(dataset, file),
    maxRadiusKm: file?.maxRadiusKm ?? null,
  };
}

/** True when the interval covers `day` (half-open). */
export function covers(interval: Pick<StatusInterval, 'from' | 'to'>, day: number): boolean {
  return interval.from <= day && day < interval.to;
}

/** The places of a zone on a day: drawn ones (with a cell) and the rest, and the cells' km². */
export interface ZoneOnDay {
  drawn: string[];
  undrawn: string[];
  km2: number;
}

/** The places `ref`'s view gives `ref.status` on `day`, and their cells' total area. */
export function zoneOnDay(data: ZoneData, ref: ZoneRef, day: number): ZoneOnDay {
  const drawn: string[] = [];
  const undrawn: string[] = [];
  let km2 = 0;
  for (const interval of data.views[ref.view] ?? []) {
    if (interval.status !== ref.status || !covers(interval, day)) continue;
    const cell = data.cells.get(interval.place);
    if (cell?.geometry) {
      drawn.push(interval.place);
      km2 += cell.areaKm2;
    } else {
      undrawn.push(interval.place);
    }
  }
  return { drawn, undrawn, km2 };
}

/**
 * The implied span behind a place's implied status on `day` in `view`: that claimant's own, or
 * in the combined view any claimant's. Undefined when the status is a stated claim.
 */
export function impliedSpanAt(
  data: ZoneData,
  view: string,
  place: string,
  day: number,
): ImpliedSpan | undefined {
  return data.implied.find(
    (span) =>
      span.place === place &&
      (view === COMBINED_VIEW || span.claimant === view) &&
      toDayNumber(span.from) <= day &&
      day < toDayNumber(span.to),
  );
}

/** Implied statuses: inferred from a 'liberated' claim, never claimed as such. */
export const IMPLIED_STATUSES: readonly ZoneStatus[] = ['ru-implied', 'ua-implied'];
