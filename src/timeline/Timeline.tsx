import { useId, useMemo, type ChangeEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { useAppStore } from '../state/store-context';
import { toIsoDay } from '../data/dates';
import { formatDay } from '../i18n/format';
import { useLang, useT } from '../i18n/use-t';
import { EventTicks, MonthLabels } from './TimelineAxis';
import { SnapshotTicks } from './SnapshotTicks';
import { CompareControl, CompareMark } from './CompareControl';
import {
  clampDay,
  dayAtPointer,
  eventCounts,
  sliderKeyTarget,
  sortedEventDays,
  timelineRange,
} from './timeline-range';
import type { PlaySpeed } from '../state/timeline-slice';
import { usePlayback } from './use-playback';
import './timeline.css';

const SPEEDS: readonly PlaySpeed[] = ['slow', 'normal', 'fast'];
const NO_COUNTS: ReadonlyMap<number, number> = new Map();

/**
 * The date slider at the bottom of the page: pick a day (the map shows claims as of that day),
 * see where events cluster, and play the front forward day by day or event by event.
 */
export function Timeline() {
  const dataset = useAppStore((s) => s.dataset);
  const day = useAppStore((s) => s.day);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const stepMode = useAppStore((s) => s.stepMode);
  const setDay = useAppStore((s) => s.setDay);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const setStepMode = useAppStore((s) => s.setStepMode);
  const setCompareDay = useAppStore((s) => s.setCompareDay);

  const counts = useMemo(() => (dataset ? eventCounts(dataset) : NO_COUNTS), [dataset]);
  const eventDays = useMemo(() => sortedEventDays(counts), [counts]);
  const range = useMemo(() => (dataset ? timelineRange(dataset) : null), [dataset]);
  const { togglePlaying } = usePlayback(eventDays, range);
  const speedGroup = useId();
  const lang = useLang();
  const t = useT();

  if (!dataset || !range) {
    return (
      <section
        className="timeline timeline--empty"
        data-testid="timeline"
        aria-label={t('timeline.label')}
        aria-busy={!dataset}
      >
        <p className="timeline__status">{dataset ? t('timeline.empty') : t('timeline.loading')}</p>
      </section>
    );
  }

  const dateText = formatDay(day, lang, 'long');
  const countText = t('timeline.count', { count: counts.get(day) ?? 0 });

  const onInput = (e: ChangeEvent<HTMLInputElement>) => setDay(Number(e.currentTarget.value));

  // Shift+click on the track pins the comparison date there instead of moving the slider.
  const onPointerDown = (e: PointerEvent<HTMLInputElement>) => {
    if (!e.shiftKey) return;
    e.preventDefault();
    setCompareDay(dayAtPointer(e.clientX, e.currentTarget.getBoundingClientRect(), range));
  };

  // Every navigation key is handled here rather than left to the browser, so the steps are
  // exact day numbers everywhere and event jumps can override PageUp/PageDown's native 10%.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const target = sliderKeyTarget(e.key, e.shiftKey, day, eventDays, range);
    if (target === undefined) return;
    e.preventDefault();
    setDay(target);
  };

  return (
    <section className="timeline" data-testid="timeline" aria-label={t('timeline.label')}>
      <div className="timeline__controls">
        <button
          type="button"
          className="timeline__play"
          data-testid="play-button"
          aria-label={t('timeline.play')}
          aria-pressed={playing}
          title={playing ? t('timeline.pause') : t('timeline.play')}
          onClick={togglePlaying}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            {playing ? (
              <path d="M3 2h4v12H3zM9 2h4v12H9z" fill="currentColor" />
            ) : (
              <path d="M4 2l10 6-10 6z" fill="currentColor" />
            )}
          </svg>
        </button>
        <div className="timeline__options">
          <fieldset className="timeline__speeds">
            <legend className="timeline__visually-hidden">{t('timeline.speed')}</legend>
            {SPEEDS.map((s) => (
              <label key={s} className="timeline__segment">
                <input
                  type="radio"
                  name={speedGroup}
                  value={s}
                  checked={speed === s}
                  onChange={() => setSpeed(s)}
                />
                <span>{t(`timeline.speed.${s}`)}</span>
              </label>
            ))}
          </fieldset>
          <label className="timeline__toggle">
            <input
              type="checkbox"
              role="switch"
              checked={stepMode === 'event'}
              onChange={(e) => setStepMode(e.currentTarget.checked ? 'event' : 'day')}
            />
            <span>{t('timeline.stepByEvent')}</span>
          </label>
        </div>
      </div>
      <p className="timeline__date" data-testid="selected-date">
        <time dateTime={toIsoDay(day)}>{dateText}</time>
        <span className="timeline__count">{countText}</span>
        <CompareControl range={range} />
      </p>
      <div className="timeline__track">
        <EventTicks counts={counts} range={range} />
        <input
          type="range"
          id="date-slider"
          className="timeline__slider"
          data-testid="date-slider"
          aria-label={t('timeline.date')}
          aria-valuetext={`${dateText}, ${countText}`}
          min={range.min}
          max={range.max}
          step={1}
          value={clampDay(day, range)}
          onChange={onInput}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
        />
        <CompareMark range={range} />
        <MonthLabels range={range} />
        <SnapshotTicks range={range} />
      </div>
    </section>
  );
}
