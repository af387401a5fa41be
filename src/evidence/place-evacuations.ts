import { toDayNumber } from '../data/dates';
import type { EvacuationOrder } from '../data/schema';
import { claimantName, placeName, type EvidenceIndex } from './evidence-index';
import { formatDayShort } from './evidence-format';

/**
 * Orders covering a place (as a hromada centre or a named settlement) issued on or before `day`,
 * oldest first. Orders often name only hromadas, so a centre stands in for its communities.
 */
export function evacuationsForPlace(
  evacuations: readonly EvacuationOrder[],
  placeId: string,
  day: number,
): EvacuationOrder[] {
  return evacuations
    .filter(
      (order) =>
        (order.area.hromadas.includes(placeId) || order.settlements.named.includes(placeId)) &&
        toDayNumber(order.date) <= day,
    )
    .sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date) || a.id.localeCompare(b.id));
}

/**
 * One sentence built only from the record, e.g. "Evacuation order, 13 Mar 2025, by Sumy Oblast
 * Military Administration: 8 settlements in the Myropillia hromada (names not published), 543
 * people". Unknown counts are said to be unknown rather than guessed.
 */
export function describeEvacuation(order: EvacuationOrder, index: EvidenceIndex): string {
  const date = formatDayShort(toDayNumber(order.date), order.datePrecision === 'approximate');
  const authority = claimantName(index, order.authority);
  const count = order.settlements.count ?? (order.settlements.named.length || null);
  const settlements =
    count === null ? 'settlements (number not stated)' : `${count} ${plural(count, 'settlement')}`;
  const hromadas = order.area.hromadas.map((id) => placeName(index, id));
  const area = hromadas.length
    ? ` in the ${joinAnd(hromadas)} ${hromadas.length === 1 ? 'hromada' : 'hromadas'}`
    : ` in ${order.area.raion ?? order.area.oblast}`;
  const named = order.settlements.named.map((id) => placeName(index, id));
  const names = named.length ? `: ${named.join(', ')}` : ' (names not published)';
  const people =
    order.people === null
      ? 'number of people not stated'
      : `${order.people.toLocaleString('en-GB')} ${plural(order.people, 'person', 'people')}`;
  return `Evacuation order, ${date}, by ${authority}: ${settlements}${area}${names}, ${people}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
