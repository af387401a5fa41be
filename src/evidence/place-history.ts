import { toDayNumber } from '../data/dates';
import type { ControlClaim, Dataset, Event } from '../data/schema';

/**
 * One row of a place's history: a reported event (with the control claims about the place that
 * record it), or a control claim whose event is not in the place's history.
 */
export type HistoryItem =
  | {
      type: 'event';
      key: string;
      day: number;
      future: boolean;
      event: Event;
      claims: ControlClaim[];
    }
  | { type: 'claim'; key: string; day: number; future: boolean; claim: ControlClaim };

/**
 * Everything on record about a place, oldest first, including what was reported after `day`
 * (marked `future`): readers should see the whole story, but know which parts the map at the
 * selected date does not yet reflect. A claim recorded from one of the place's events is shown in
 * that event's entry, not again on its own: one entry per claim. On the same day events come
 * before the claims made in them.
 */
export function placeHistory(
  dataset: Pick<Dataset, 'events' | 'claims'>,
  placeId: string,
  day: number,
): HistoryItem[] {
  const placeClaims = dataset.claims.filter((claim) => claim.place === placeId);
  const placeEvents = dataset.events.filter((event) => event.places.includes(placeId));
  const eventIds = new Set(placeEvents.map((event) => event.id));
  const events: HistoryItem[] = placeEvents.map((event) => {
    const eventDay = toDayNumber(event.date);
    return {
      type: 'event',
      key: `event:${event.id}`,
      day: eventDay,
      future: eventDay > day,
      event,
      claims: placeClaims.filter((claim) => claim.event === event.id),
    };
  });
  const claims: HistoryItem[] = placeClaims
    .filter((claim) => claim.event === undefined || !eventIds.has(claim.event))
    .map((claim) => {
      const claimDay = toDayNumber(claim.from);
      return {
        type: 'claim',
        key: `claim:${claim.id}`,
        day: claimDay,
        future: claimDay > day,
        claim,
      };
    });
  return [...events, ...claims].sort(
    (a, b) => a.day - b.day || typeOrder(a) - typeOrder(b) || a.key.localeCompare(b.key),
  );
}

function typeOrder(item: HistoryItem): number {
  return item.type === 'event' ? 0 : 1;
}
