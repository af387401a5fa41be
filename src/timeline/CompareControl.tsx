import { parseIsoDay, toIsoDay } from '../data/dates';
import { formatDay } from '../i18n/format';
import { useLang, useT } from '../i18n/use-t';
import { useAppStore, useAppStoreApi } from '../state/store-context';
import { clampDay, dayPercent, type TimelineRange } from './timeline-range';

/**
 * Starts, shows and clears a comparison: "Compare with…" pins the selected date as the other
 * date (then the slider picks the second one); while comparing, the pinned date can be typed
 * and the comparison cleared. Shift-clicking the slider's track pins a date too (Timeline).
 */
export function CompareControl({ range }: { range: TimelineRange }) {
  // Read when clicked: subscribing would re-render this on every scrub.
  const store = useAppStoreApi();
  const compareDay = useAppStore((s) => s.compareDay);
  const setCompareDay = useAppStore((s) => s.setCompareDay);
  const t = useT();
  const lang = useLang();
  if (compareDay === null) {
    return (
      <button
        type="button"
        className="timeline__compare-start"
        data-testid="compare-start"
        title={t('timeline.compare.startHint')}
        onClick={() => setCompareDay(store.getState().day)}
      >
        {t('timeline.compare.start')}
      </button>
    );
  }
  return (
    <span
      className="timeline__compare"
      data-testid="compare-state"
      role="group"
      aria-label={t('timeline.compare.group')}
    >
      <label>
        <span>{t('timeline.compare.label')}</span>
        <input
          type="date"
          aria-label={t('timeline.compare.date')}
          value={toIsoDay(compareDay)}
          min={toIsoDay(range.min)}
          max={toIsoDay(range.max)}
          onChange={(e) => {
            const picked = parseIsoDay(e.currentTarget.value);
            if (picked !== null) setCompareDay(clampDay(picked, range));
          }}
        />
      </label>
      <button
        type="button"
        className="timeline__compare-clear"
        aria-label={t('timeline.compare.clear', { date: formatDay(compareDay, lang) })}
        title={t('timeline.compare.clearHint')}
        onClick={() => setCompareDay(null)}
      >
        ×
      </button>
    </span>
  );
}

/** The pinned comparison date's mark on the track. */
export function CompareMark({ range }: { range: TimelineRange }) {
  const compareDay = useAppStore((s) => s.compareDay);
  if (compareDay === null) return null;
  return (
    <span
      className="timeline__compare-mark"
      aria-hidden="true"
      data-testid="compare-mark"
      style={{
        left: `calc(var(--tl-thumb) / 2 + (100% - var(--tl-thumb)) * ${dayPercent(clampDay(compareDay, range), range) / 100})`,
      }}
    />
  );
}
