import { formatDayShort, toDayNumber } from '../data/dates';
import type { EvacuationOrder } from '../data/schema';
import { claimantName, placeName, type EvidenceIndex } from './evidence-index';
import { counted, joinAnd } from './wording';

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

type OrderCounts = Pick<EvacuationOrder, 'settlements' | 'people'>;

/** Settlements covered: the stated count, else how many are named, else null. */
function settlementTotal({ settlements }: OrderCounts): number | null {
  return settlements.count ?? (settlements.named.length > 0 ? settlements.named.length : null);
}

/**
 * What an order covers, worded from the record alone and saying plainly what it did not state:
 * "8 settlements" or "settlements (number not stated)", "543 people" or "number of people not
 * stated".
 */
function orderCounts(order: OrderCounts): { settlements: string; people: string } {
  const total = settlementTotal(order);
  return {
    settlements: total === null ? 'settlements (number not stated)' : counted(total, 'settlement'),
    people:
      order.people === null
        ? 'number of people not stated'
        : counted(order.people, 'person', 'people'),
  };
}

/** The map's label, e.g. "Evacuation order · 8 settlements (names not published) · 543 people". */
export function evacuationLabel(order: OrderCounts): string {
  const { settlements, people } = orderCounts(order);
  const total = settlementTotal(order);
  const { named } = order.settlements;
  const names =
    total === null
      ? ''
      : named.length === 0
        ? ' (names not published)'
        : named.length < total
          ? ` (${named.length} named)`
          : '';
  return `Evacuation order · ${settlements}${names} · ${people}`;
}

/**
 * The panel's sentence, e.g. "Evacuation order, 13 Mar 2025, by Sumy Oblast Military
 * Administration: 8 settlements in the Myropillia hromada (names not published), 543 people".
 */
export function describeEvacuation(order: EvacuationOrder, index: EvidenceIndex): string {
  const { settlements, people } = orderCounts(order);
  const date = formatDayShort(toDayNumber(order.date), order.datePrecision === 'approximate');
  const authority = claimantName(index, order.authority);
  const hromadas = order.area.hromadas.map((id) => placeName(index, id));
  const area = hromadas.length
    ? ` in the ${joinAnd(hromadas)} ${hromadas.length === 1 ? 'hromada' : 'hromadas'}`
    : ` in ${order.area.raion ?? order.area.oblast}`;
  const named = order.settlements.named.map((id) => placeName(index, id));
  const names = named.length ? `: ${named.join(', ')}` : ' (names not published)';
  return `Evacuation order, ${date}, by ${authority}: ${settlements}${area}${names}, ${people}`;
}
