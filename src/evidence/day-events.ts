import { toDayNumber } from '../data/dates';
import type { Event } from '../data/schema';

/** The events reported on `day`, in file order (the order the research logged them). */
export function eventsOnDay(events: readonly Event[], day: number): Event[] {
  return events.filter((event) => toDayNumber(event.date) === day);
}
