import { memo } from 'react';
import { dayPercent, monthTicks, type TimelineRange } from './timeline-range';
import { useLang } from '../i18n/use-t';

/**
 * The event-density strip drawn above the slider: one tick per day with events, taller and
 * darker the more were reported. Memoised so scrubbing (which changes only `day`) never
 * re-renders hundreds of ticks.
 */
export const EventTicks = memo(function EventTicks({
  counts,
  range,
}: {
  counts: ReadonlyMap<number, number>;
  range: TimelineRange;
}) {
  let most = 1;
  for (const n of counts.values()) most = Math.max(most, n);
  return (
    <div className="timeline__ticks" aria-hidden="true" data-testid="event-ticks">
      {[...counts].map(([day, n]) => {
        if (day < range.min || day > range.max) return null;
        const weight = n / most;
        return (
          <span
            key={day}
            className="timeline__tick"
            style={{
              left: `${dayPercent(day, range)}%`,
              height: `${30 + 70 * weight}%`,
              opacity: 0.4 + 0.6 * weight,
            }}
          />
        );
      })}
    </div>
  );
});

/** Month labels under the slider, so a position on the bar reads as a time of year. */
export const MonthLabels = memo(function MonthLabels({ range }: { range: TimelineRange }) {
  const lang = useLang();
  return (
    <div className="timeline__months" aria-hidden="true">
      {monthTicks(range, lang).map((tick) => (
        <span
          key={tick.day}
          className="timeline__month"
          style={{ left: `${dayPercent(tick.day, range)}%` }}
        >
          {tick.month}
          {tick.year !== null && <span className="timeline__year"> {tick.year}</span>}
        </span>
      ))}
    </div>
  );
});
