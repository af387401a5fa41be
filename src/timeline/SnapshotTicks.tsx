import { memo } from 'react';
import { parseIsoDay } from '../data/dates';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';
import type { AppState } from '../state/store';
import { dayPercent, type TimelineRange } from './timeline-range';
import './snapshot-ticks.css';

const selectSnapshots = (state: AppState) => state.importedSnapshots;

/**
 * A marker over the event strip for each imported snapshot's date (issue #12), so a reader can
 * see where their own assessed maps change. Nothing when none is imported.
 */
export const SnapshotTicks = memo(function SnapshotTicks({ range }: { range: TimelineRange }) {
  const snapshots = useAppStore(selectSnapshots);
  const t = useT();
  const days = [...new Set(snapshots.flatMap((s) => (s.date ? [parseIsoDay(s.date)] : [])))].filter(
    (day): day is number => day !== null && day >= range.min && day <= range.max,
  );
  if (days.length === 0) return null;
  return (
    <div
      className="timeline__snapshot-ticks"
      data-testid="snapshot-ticks"
      title={t('timeline.snapshots')}
    >
      {days.map((day) => (
        <span
          key={day}
          className="timeline__snapshot-tick"
          data-day={day}
          style={{ left: `${dayPercent(day, range)}%` }}
        />
      ))}
    </div>
  );
});
