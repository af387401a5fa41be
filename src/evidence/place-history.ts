import { toDayNumber } from '../data/dates';
import type { ControlClaim, Dataset, Event } from '../data/schema';

/** One row of a place's history: a reported event, or a control claim about the place. */
export type HistoryItem =
  | { type: 'event'; key: string; day: number; future: boolean; event: Event }
  | { type: 'claim'; key: string; day: number; future: boolean; claim: ControlClaim };

/**
 * Everything on record about a place, oldest first, including what was reported after `day`
 * (marked `future`): readers should see the whole story, but know which parts the map at the
 * selected date does not yet reflect. On the same day events come before the claims made in them.
 */
export function placeHistory(
  dataset: Pick<Dataset, 'events' | 'claims'>,
  placeId: string,
  day: number,
): HistoryItem[] {
  const events: HistoryItem[] = dataset.events
    .filter((event) => event.places.includes(placeId))
    .map((event) => {
      const eventDay = toDayNumber(event.date);
      return {
        type: 'event',
        key: `event:${event.id}`,
        day: eventDay,
        future: eventDay > day,
        event,
      };
    });
  const claims: HistoryItem[] = dataset.claims
    .filter((claim) => claim.place === placeId)
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
