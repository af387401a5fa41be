import { toDayNumber } from '../data/dates';
import { formatList } from '../i18n/format';
import type { Lang } from '../i18n/langs';
import type { Translate } from '../i18n/setup';
import { oblastName, shortDay } from '../i18n/words';
import type { EvacuationOrder } from '../data/schema';
import { claimantName, placeName, type EvidenceIndex } from './evidence-index';

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

/** The settlements and people an order covers, worded, each saying so when not stated. */
function orderCounts(order: OrderCounts, t: Translate): { settlements: string; people: string } {
  const total = settlementTotal(order);
  return {
    settlements:
      total === null ? t('evac.settlementsUnknown') : t('evac.settlements', { count: total }),
    people:
      order.people === null ? t('evac.peopleUnknown') : t('evac.people', { count: order.people }),
  };
}

/** The map's label, e.g. "Evacuation order · 8 settlements (names not published) · 543 people". */
export function evacuationLabel(order: OrderCounts, t: Translate): string {
  const { settlements, people } = orderCounts(order, t);
  const total = settlementTotal(order);
  const { named } = order.settlements;
  const names =
    total === null
      ? ''
      : named.length === 0
        ? ` ${t('evac.namesUnpublished')}`
        : named.length < total
          ? ` ${t('evac.namedCount', { count: named.length })}`
          : '';
  return t('evac.label', { settlements, names, people });
}

/**
 * The panel's sentence, e.g. "Evacuation order, 13 Mar 2025, by Sumy Oblast Military
 * Administration: 8 settlements in the Myropillia hromada (names not published), 543 people".
 */
export function describeEvacuation(
  order: EvacuationOrder,
  index: EvidenceIndex,
  t: Translate,
  lang: Lang,
): string {
  const { settlements, people } = orderCounts(order, t);
  const date = shortDay(t, lang, toDayNumber(order.date), order.datePrecision === 'approximate');
  const authority = claimantName(index, order.authority);
  const hromadas = order.area.hromadas.map((id) => placeName(index, id, lang));
  const area = hromadas.length
    ? ` ${t('evac.inHromadas', { count: hromadas.length, names: formatList(hromadas, lang) })}`
    : ` ${t('evac.inUnit', { unit: order.area.raion ?? oblastName(t, order.area.oblast) })}`;
  const named = order.settlements.named.map((id) => placeName(index, id, lang));
  const names = named.length ? `: ${named.join(', ')}` : ` ${t('evac.namesUnpublished')}`;
  return t('evac.sentence', { date, authority, settlements, area, names, people });
}
