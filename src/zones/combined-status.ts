import { toDayNumber } from '../data/dates';
import type { ControlClaim } from '../data/schema';
import type { ImpliedSpan } from './implied';

/**
 * What a view says of a place on a day. `ru` / `ua` / `contested`: a stated claim; `disputed`:
 * claimants disagreed recently (combined view only); `*-implied`: only an implied span covers it.
 */
export type ZoneStatus = 'ru' | 'ua' | 'contested' | 'disputed' | 'ru-implied' | 'ua-implied';

/** A place's status over the days [from, to): UTC day numbers, so a map filter needs two numbers. */
export interface StatusInterval {
  place: string;
  status: ZoneStatus;
  from: number;
  /** Exclusive; {@link OPEN_END_DAY} while nothing later changes it. */
  to: number;
}

/** `to` of an interval still open: day 1,000,000 (year 4707), a plain number for JSON and maps. */
export const OPEN_END_DAY = 1_000_000;

/** The view key of the combined view, as in the app's `view` URL parameter. */
export const COMBINED_VIEW = 'all';

/** Parameters of the combined view. */
export interface CombinedOptions {
  /**
   * A place is `disputed` for this many days from its most recent claim when another claimant's
   * claim in force, dated at most this many days before that claim, names a different holder.
   * After that, unless someone speaks again, the most recent claim stands: a contrary claim
   * that is not repeated goes stale.
   */
  disputeWindowDays: number;
}

interface DatedClaim {
  claimant: string;
  holder: ControlClaim['holder'];
  day: number;
}

interface DatedSpan {
  claimant: string;
  status: ZoneStatus;
  from: number;
  to: number;
}

/** Per place, per day: the combined status across claimants, as intervals. */
export function combinedStatusIntervals(
  claims: readonly ControlClaim[],
  implied: readonly ImpliedSpan[],
  options: CombinedOptions,
): StatusInterval[] {
  const window = options.disputeWindowDays;
  return perPlace(claims, implied, window, (dated, spans, day) => {
    const inForce = latestPerClaimant(dated, day);
    const deciding = inForce.reduce<DatedClaim | undefined>(
      (best, claim) => (!best || claim.day > best.day ? claim : best),
      undefined,
    );
    if (deciding) {
      const disputed = inForce.some(
        (claim) =>
          claim.claimant !== deciding.claimant &&
          claim.holder !== deciding.holder &&
          claim.day >= deciding.day - window,
      );
      const sameDay = inForce.some(
        (claim) => claim.day === deciding.day && claim.holder !== deciding.holder,
      );
      if (!sameDay && day > deciding.day + window) return deciding.holder;
      return disputed ? 'disputed' : deciding.holder;
    }
    const sides = new Set(spansAt(spans, day).map((span) => span.status));
    if (sides.size > 1) return 'disputed';
    return [...sides][0] ?? null;
  });
}

/**
 * Per place, per day: what one claimant says (its latest claim in force), or else its own implied
 * span, as intervals. Other claimants are ignored.
 */
export function claimantStatusIntervals(
  claims: readonly ControlClaim[],
  implied: readonly ImpliedSpan[],
  claimant: string,
): StatusInterval[] {
  return perPlace(
    claims.filter((claim) => claim.claimant === claimant),
    implied.filter((span) => span.claimant === claimant),
    null,
    (dated, spans, day) => {
      const [latest] = latestPerClaimant(dated, day);
      if (latest) return latest.holder;
      return spansAt(spans, day)[0]?.status ?? null;
    },
  );
}

/** Intervals for the combined view ({@link COMBINED_VIEW}) and for each claimant, by view key. */
export function viewStatusIntervals(
  claims: readonly ControlClaim[],
  implied: readonly ImpliedSpan[],
  options: CombinedOptions,
): Record<string, StatusInterval[]> {
  const claimants = [
    ...new Set([...claims.map((claim) => claim.claimant), ...implied.map((span) => span.claimant)]),
  ].sort();
  const views: Record<string, StatusInterval[]> = {
    [COMBINED_VIEW]: combinedStatusIntervals(claims, implied, options),
  };
  for (const claimant of claimants) {
    views[claimant] = claimantStatusIntervals(claims, implied, claimant);
  }
  return views;
}

type StatusAt = (
  claims: readonly DatedClaim[],
  spans: readonly DatedSpan[],
  day: number,
) => ZoneStatus | null;

/**
 * Groups by place and evaluates `statusAt` on each day something can change (a claim's date, the
 * end of its dispute window, an implied span's ends); the status holds until the next such day. Adjacent equal statuses merge;
 * days without a status get no interval. Sorted by place, then day.
 */
function perPlace(
  claims: readonly ControlClaim[],
  implied: readonly ImpliedSpan[],
  disputeWindowDays: number | null,
  statusAt: StatusAt,
): StatusInterval[] {
  // Grouped once: filtering every claim per place made this quadratic (20,000 claims × 10,000
  // places at the bench's scale).
  const claimsByPlace = groupByPlace(claims);
  const spansByPlace = groupByPlace(implied);
  const places = [...new Set([...claimsByPlace.keys(), ...spansByPlace.keys()])].sort();
  return places.flatMap((place) => {
    const dated = (claimsByPlace.get(place) ?? []).map((claim) => ({
      claimant: claim.claimant,
      holder: claim.holder,
      day: toDayNumber(claim.from),
    }));
    const spans = (spansByPlace.get(place) ?? []).map((span) => ({
      claimant: span.claimant,
      status: `${span.side}-implied` as const,
      from: toDayNumber(span.from),
      to: toDayNumber(span.to),
    }));
    const days = [
      ...new Set([
        ...dated.map((claim) => claim.day),
        ...(disputeWindowDays === null
          ? []
          : dated.map((claim) => claim.day + disputeWindowDays + 1)),
        ...spans.flatMap((span) => [span.from, span.to]),
      ]),
    ].sort((a, b) => a - b);
    return intervals(place, days, (day) => statusAt(dated, spans, day));
  });
}

function groupByPlace<T extends { place: string }>(items: readonly T[]): Map<string, T[]> {
  const byPlace = new Map<string, T[]>();
  for (const item of items) {
    const group = byPlace.get(item.place);
    if (group) group.push(item);
    else byPlace.set(item.place, [item]);
  }
  return byPlace;
}

function intervals(
  place: string,
  days: readonly number[],
  statusAt: (day: number) => ZoneStatus | null,
): StatusInterval[] {
  const result: StatusInterval[] = [];
  days.forEach((from, index) => {
    const to = days[index + 1] ?? OPEN_END_DAY;
    const status = statusAt(from);
    if (status === null) return;
    const last = result[result.length - 1];
    if (last && last.status === status && last.to === from) last.to = to;
    else result.push({ place, status, from, to });
  });
  return result;
}

/**
 * Each claimant's latest claim dated on or before `day` (a claim holds until the same claimant
 * says otherwise; of two on one day the later in the data wins, as in claims-as-of.ts).
 */
function latestPerClaimant(claims: readonly DatedClaim[], day: number): DatedClaim[] {
  const latest = new Map<string, DatedClaim>();
  for (const claim of claims) {
    if (claim.day > day) continue;
    const current = latest.get(claim.claimant);
    if (!current || current.day <= claim.day) latest.set(claim.claimant, claim);
  }
  return [...latest.values()];
}

function spansAt(spans: readonly DatedSpan[], day: number): DatedSpan[] {
  return spans.filter((span) => span.from <= day && day < span.to);
}
