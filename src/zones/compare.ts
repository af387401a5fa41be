import { OPEN_END, OPEN_START, toDayNumber } from '../data/dates';
import type { ControlClaim } from '../data/schema';
import { COMBINED_VIEW } from '../data/vocabulary';
import { latestClaimsAsOf } from '../evidence/claims-as-of';
import type { MessageKey } from '../i18n/setup';
import type { StatusInterval, ZoneStatus } from './combined-status';
import type { HoldingSide } from './implied';
import { covers, type ZoneData } from './zone-data';

/**
 * What a view says of a place on a day, reduced to who holds it: its status and the side it
 * leans to. A `disputed` place leans to the side of its deciding (most recent) claim, the
 * combined view's own rule (README, "Reading the map"); it leans nowhere when claims of that
 * same day disagree. Contested and unclaimed places lean nowhere.
 */
export interface Reading {
  status: ZoneStatus | null;
  lean: HoldingSide | null;
}

/**
 * How a place changed between an earlier and a later date, one kind per place so a cell is drawn
 * one way: a side gained it (its lean moved to that side), it became disputed with no side
 * gaining it, or a side lost it to neither (now contested or unclaimed).
 */
export type ChangeKind = 'ru-gained' | 'ua-gained' | 'disputed' | 'ru-lost' | 'ua-lost';

/** Every change kind, in legend order. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'ru-gained',
  'ua-gained',
  'disputed',
  'ru-lost',
  'ua-lost',
];

/** The catalog key naming each change kind, for the legend and the panel. */
export const CHANGE_NAME_KEYS: Readonly<Record<ChangeKind, MessageKey>> = {
  'ru-gained': 'compare.kind.ruGained',
  'ua-gained': 'compare.kind.uaGained',
  disputed: 'compare.kind.disputed',
  'ru-lost': 'compare.kind.ruLost',
  'ua-lost': 'compare.kind.uaLost',
};

const LEAN: Readonly<Record<ZoneStatus, HoldingSide | null>> = {
  ru: 'ru',
  'ru-implied': 'ru',
  ua: 'ua',
  'ua-implied': 'ua',
  contested: null,
  disputed: null,
};

/** The claims a view takes into account: all in the combined view, else the claimant's own. */
function viewClaims(claims: readonly ControlClaim[], view: string): ControlClaim[] {
  return view === COMBINED_VIEW ? [...claims] : claims.filter((claim) => claim.claimant === view);
}

/** The side of the most recent claims in force, when all of that day name one holding side. */
function decidingSide(inForce: readonly ControlClaim[]): HoldingSide | null {
  const latest = Math.max(...inForce.map((claim) => toDayNumber(claim.from)));
  const holders = new Set(
    inForce.filter((claim) => toDayNumber(claim.from) === latest).map((claim) => claim.holder),
  );
  const [holder] = [...holders];
  return holders.size === 1 && holder !== 'contested' && holder !== undefined ? holder : null;
}

/** The reading of one place on `day`, from its intervals in a view and the view's claims on it. */
export function readingAt(
  intervals: readonly StatusInterval[],
  placeClaims: readonly ControlClaim[],
  place: string,
  day: number,
): Reading {
  const status = intervals.find((interval) => covers(interval, day))?.status ?? null;
  if (status === null) return { status, lean: null };
  if (status !== 'disputed') return { status, lean: LEAN[status] };
  return { status, lean: decidingSide(latestClaimsAsOf(placeClaims, place, day)) };
}

/** The change from `before` (the earlier date) to `after`, or null when the holder is the same. */
export function changeKind(before: Reading, after: Reading): ChangeKind | null {
  if (after.lean !== null && after.lean !== before.lean) return `${after.lean}-gained`;
  if (after.status === 'disputed' && before.status !== 'disputed') return 'disputed';
  if (before.lean !== null && after.lean !== before.lean) return `${before.lean}-lost`;
  return null;
}

/** One settlement that changed hands between the two dates in one view. */
export interface PlaceChange {
  place: string;
  kind: ChangeKind;
  before: Reading;
  after: Reading;
  /**
   * The claims behind the change: the view's claims in force on the later date that were made
   * after the earlier one (what changed it), or, when none was (a dispute window or an implied
   * span ran out), all the view's claims in force on the later date. Newest first.
   */
  claims: ControlClaim[];
  /** The settlement's cell area, km²; null when it has no drawn cell. */
  km2: number | null;
}

/** The two dates of a comparison, earlier first, whatever order they were picked in. */
export function orderedDays(a: number, b: number): { from: number; to: number } {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

function groupByPlace<T extends { place: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.place, [...(groups.get(item.place) ?? []), item]);
  return groups;
}

/**
 * Every place whose holder changed between days `a` and `b` (either order) in `view`, with the
 * claims behind each change; sorted by kind ({@link CHANGE_KINDS}), then place id.
 */
export function placeChanges(
  zones: Pick<ZoneData, 'views' | 'cells'>,
  claims: readonly ControlClaim[],
  view: string,
  a: number,
  b: number,
): PlaceChange[] {
  const { from, to } = orderedDays(a, b);
  const intervalsByPlace = groupByPlace(zones.views[view] ?? []);
  const claimsByPlace = groupByPlace(viewClaims(claims, view));
  const changes: PlaceChange[] = [];
  for (const [place, intervals] of intervalsByPlace) {
    const placeClaims = claimsByPlace.get(place) ?? [];
    const before = readingAt(intervals, placeClaims, place, from);
    const after = readingAt(intervals, placeClaims, place, to);
    const kind = changeKind(before, after);
    if (kind === null) continue;
    const inForce = latestClaimsAsOf(placeClaims, place, to).sort(
      (x, y) => toDayNumber(y.from) - toDayNumber(x.from) || x.claimant.localeCompare(y.claimant),
    );
    const fresh = inForce.filter((claim) => toDayNumber(claim.from) > from);
    const cell = zones.cells.get(place);
    changes.push({
      place,
      kind,
      before,
      after,
      claims: fresh.length > 0 ? fresh : inForce,
      km2: cell?.geometry ? cell.areaKm2 : null,
    });
  }
  const order = (kind: ChangeKind) => CHANGE_KINDS.indexOf(kind);
  return changes.sort((x, y) => order(x.kind) - order(y.kind) || x.place.localeCompare(y.place));
}

/** What one side gained and lost between the two dates: settlements and their cells' km². */
export interface SideChanges {
  side: HoldingSide;
  gained: PlaceChange[];
  lost: PlaceChange[];
  /** Sum of the drawn cells of the gained settlements, km². */
  gainedKm2: number;
  lostKm2: number;
}

/**
 * Per side: the settlements whose lean moved to it (gained) and away from it (lost: to the
 * other side or to neither). A place from Ukraine to Russia is in both Russia's gains and
 * Ukraine's losses.
 */
export function sideChanges(changes: readonly PlaceChange[], side: HoldingSide): SideChanges {
  const gained = changes.filter((change) => change.after.lean === side);
  const lost = changes.filter(
    (change) => change.before.lean === side && change.after.lean !== side,
  );
  const km2 = (list: readonly PlaceChange[]) =>
    list.reduce((sum, change) => sum + (change.km2 ?? 0), 0);
  return { side, gained, lost, gainedKm2: km2(gained), lostKm2: km2(lost) };
}

/** A place's change kind over a span of days, against a fixed comparison day. */
export interface ChangeInterval {
  place: string;
  kind: ChangeKind;
  /** First day (inclusive) on which the selected date, compared with the fixed one, gives `kind`. */
  from: number;
  /** Exclusive. */
  to: number;
}

/**
 * For a fixed comparison day, every place's change kind against each other day, as intervals
 * (the earlier of the two days is always "before"): the map draws the changes for any selected
 * date by filtering on the day, so scrubbing stays one global-state change.
 */
export function changeIntervals(
  zones: Pick<ZoneData, 'views'>,
  claims: readonly ControlClaim[],
  view: string,
  fixedDay: number,
): ChangeInterval[] {
  const intervalsByPlace = groupByPlace(zones.views[view] ?? []);
  const claimsByPlace = groupByPlace(viewClaims(claims, view));
  const result: ChangeInterval[] = [];
  for (const [place, intervals] of intervalsByPlace) {
    const placeClaims = claimsByPlace.get(place) ?? [];
    const fixed = readingAt(intervals, placeClaims, place, fixedDay);
    const days = [
      ...new Set([
        OPEN_START,
        fixedDay,
        ...intervals.flatMap((interval) => [interval.from, interval.to]),
        ...placeClaims.map((claim) => toDayNumber(claim.from)),
      ]),
    ].sort((x, y) => x - y);
    days.forEach((start, index) => {
      const end = days[index + 1] ?? OPEN_END;
      const other = readingAt(intervals, placeClaims, place, start);
      const kind = start < fixedDay ? changeKind(other, fixed) : changeKind(fixed, other);
      if (kind === null) return;
      const last = result.at(-1);
      if (last && last.place === place && last.kind === kind && last.to === start) last.to = end;
      else result.push({ place, kind, from: start, to: end });
    });
  }
  return result;
}
