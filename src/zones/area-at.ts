import type { AreaSeriesView } from './area-series-schema';
import type { ZoneStatus } from './combined-status';

/** The area series' statuses grouped by side: a side's implied cells count as its own. */
export type AreaGroup = 'ru' | 'ua' | 'disputed' | 'contested';

/** Every area group, in table order. */
const AREA_GROUPS: readonly AreaGroup[] = ['ru', 'ua', 'disputed', 'contested'];

const GROUP_OF: Readonly<Record<ZoneStatus, AreaGroup>> = {
  ru: 'ru',
  'ru-implied': 'ru',
  ua: 'ua',
  'ua-implied': 'ua',
  disputed: 'disputed',
  contested: 'contested',
};

/** km² and settlements (cells) of one group on one day. */
export interface AreaValue {
  km2: number;
  settlements: number;
}

/** One group's area on the earlier and the later date, and the change. */
export interface AreaChange {
  group: AreaGroup;
  before: AreaValue;
  after: AreaValue;
  /** `after.km2 - before.km2`. */
  deltaKm2: number;
}

/**
 * Each group's km² and settlements on `day` in one view of the area series, both states summed
 * (a row holds from its day until the view's next day; before the first day nothing is held).
 */
export function areaOnDay(
  view: AreaSeriesView | undefined,
  day: number,
): Record<AreaGroup, AreaValue> {
  const totals = Object.fromEntries(
    AREA_GROUPS.map((group) => [group, { km2: 0, settlements: 0 }]),
  ) as Record<AreaGroup, AreaValue>;
  if (!view) return totals;
  let index = -1;
  view.days.forEach((start, i) => {
    if (start <= day) index = i;
  });
  if (index < 0) return totals;
  for (const column of view.columns) {
    const total = totals[GROUP_OF[column.status]];
    total.km2 += column.km2[index] ?? 0;
    total.settlements += column.settlements[index] ?? 0;
  }
  return totals;
}

/** Per group, the area series' km² on the earlier and later of two days, and the change. */
export function areaChanges(
  view: AreaSeriesView | undefined,
  from: number,
  to: number,
): AreaChange[] {
  const before = areaOnDay(view, from);
  const after = areaOnDay(view, to);
  return AREA_GROUPS.map((group) => ({
    group,
    before: before[group],
    after: after[group],
    deltaKm2: after[group].km2 - before[group].km2,
  }));
}
