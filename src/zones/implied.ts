import { toDayNumber } from '../data/dates';
import type { ControlClaim } from '../data/schema';

/** A side that can hold a place (a `contested` claim names neither). */
export type HoldingSide = 'ru' | 'ua';

/** How an implied span's start was chosen; its end is always the liberation date. */
type StartRule = 'earliest-report' | 'operation-start';

/**
 * What a "liberated" claim implies, in its claimant's words: the other side held the place from
 * `from` until `to` (exclusive: the liberation date). An inference, never a claim of its own.
 */
export interface ImpliedSpan {
  place: string;
  /** Whose "liberated" claim it is inferred from. */
  claimant: string;
  /** The side said to have held the place: the other side from the liberator. */
  side: HoldingSide;
  /** First day of the span (YYYY-MM-DD), chosen by `startRule`, not claimed by anyone. */
  from: string;
  /** The liberation date (YYYY-MM-DD), exclusive. */
  to: string;
  basis: 'implied';
  /** The "liberated" claim this span is inferred from. */
  fromClaimId: string;
  startRule: StartRule;
  /** With `earliest-report`: the claim the start is taken from. */
  startClaimId: string | null;
}

/** The operation's start date (YYYY-MM-DD) in the area of a place, or null when none is set. */
export type OperationStart = (place: string) => string | null;

/** The other side. */
export function otherSide(side: HoldingSide): HoldingSide {
  return side === 'ru' ? 'ua' : 'ru';
}

/**
 * The spans implied by "liberated" claims. For a claim by X that side S liberated place P on D:
 * the other side held P until D, from the earliest claim by anyone that the other side holds P
 * dated before D (`earliest-report`), else from `operationStart(P)` (`operation-start`).
 * No span when that start is missing or not before D, and none when X had already said anything
 * about P before D: X's own stated claims cover that time, and an implied span never overlaps
 * them. Sorted by place, claimant and end.
 */
export function impliedSpans(
  claims: readonly ControlClaim[],
  operationStart: OperationStart,
): ImpliedSpan[] {
  const spans: ImpliedSpan[] = [];
  // Each claim is compared only with claims on its own place (all claims at the bench's scale).
  const byPlace = new Map<string, ControlClaim[]>();
  for (const claim of claims) {
    const group = byPlace.get(claim.place);
    if (group) group.push(claim);
    else byPlace.set(claim.place, [claim]);
  }
  for (const claim of claims) {
    if (!claim.liberated || claim.holder === 'contested') continue;
    const samePlace = byPlace.get(claim.place) ?? [];
    const end = toDayNumber(claim.from);
    const saidBefore = samePlace.some(
      (other) =>
        other.claimant === claim.claimant &&
        other.place === claim.place &&
        toDayNumber(other.from) < end,
    );
    if (saidBefore) continue;
    const side = otherSide(claim.holder);
    const report = earliestReport(samePlace, claim.place, side, end);
    const start = report?.from ?? operationStart(claim.place);
    if (start === null || toDayNumber(start) >= end) continue;
    spans.push({
      place: claim.place,
      claimant: claim.claimant,
      side,
      from: start,
      to: claim.from,
      basis: 'implied',
      fromClaimId: claim.id,
      startRule: report ? 'earliest-report' : 'operation-start',
      startClaimId: report?.id ?? null,
    });
  }
  return spans.sort(
    (a, b) =>
      a.place.localeCompare(b.place) ||
      a.claimant.localeCompare(b.claimant) ||
      toDayNumber(a.to) - toDayNumber(b.to),
  );
}

/** The earliest claim (by anyone) that `side` holds `place`, dated before `beforeDay`. */
function earliestReport(
  claims: readonly ControlClaim[],
  place: string,
  side: HoldingSide,
  beforeDay: number,
): ControlClaim | undefined {
  let earliest: ControlClaim | undefined;
  for (const claim of claims) {
    if (claim.place !== place || claim.holder !== side) continue;
    const day = toDayNumber(claim.from);
    if (day >= beforeDay) continue;
    const best = earliest && toDayNumber(earliest.from);
    if (best === undefined || day < best || (day === best && claim.id < (earliest?.id ?? ''))) {
      earliest = claim;
    }
  }
  return earliest;
}
