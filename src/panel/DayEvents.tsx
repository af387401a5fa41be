import { useId, useMemo, useState } from 'react';
import { toIsoDay } from '../data/dates';
import { useWords } from '../i18n/use-t';
import { eventsOnDay } from '../evidence/day-events';
import { claimantName, placeName, type EvidenceIndex } from '../evidence/evidence-index';
import { SourceList } from './SourceCitation';

/**
 * Events a day lists at first, and how many more each "show more" adds. The real data's busiest
 * day has 29; at scale (100,000 events) a day has ~180, whose 3,600 elements cost ~0.2 s of
 * layout per full relayout while the map loads.
 */
export const DAY_EVENTS_PAGE = 30;

/**
 * What was reported on the selected day: who said what, where, and the source. It follows the
 * date, so it reads as a running account while the timeline plays. A place name opens that place
 * at this event's entry.
 */
export function DayEvents({
  day,
  index,
  onSelect,
}: {
  day: number;
  index: EvidenceIndex;
  onSelect: (placeId: string, entry: string) => void;
}) {
  const events = useMemo(() => eventsOnDay(index.dataset.events, day), [index, day]);
  // How many are listed: another day starts again at one page.
  const [listed, setListed] = useState({ day, count: DAY_EVENTS_PAGE });
  if (listed.day !== day) setListed({ day, count: DAY_EVENTS_PAGE });
  const count = listed.day === day ? listed.count : DAY_EVENTS_PAGE;
  const hidden = Math.max(0, events.length - count);
  const uid = useId();
  const words = useWords();
  const { t, lang } = words;
  return (
    <section
      data-testid="day-events"
      data-date={toIsoDay(day)}
      className="ep-section"
      aria-labelledby={`${uid}-heading`}
    >
      <h2 id={`${uid}-heading`}>{t('panel.day.heading', { date: words.day(day) })}</h2>
      {events.length === 0 ? (
        <p className="ep-muted">{t('panel.day.nothing')}</p>
      ) : (
        <ol className="ep-day-events">
          {events.slice(0, count).map((event) => (
            <li key={event.id} className="ep-day-event" data-testid="day-event">
              <p className="ep-entry__meta">
                <span className="ep-entry__actor">{claimantName(index, event.actor)}</span>
                <span className="ep-entry__kind">{t(`event.kind.${event.kind}`)}</span>
              </p>
              <p className="ep-entry__summary">{event.summary}</p>
              {event.places.length > 0 && (
                <p className="ep-day-event__places">
                  <span className="ep-muted">{t('panel.day.where')} </span>
                  {event.places.map((placeId) => (
                    <button
                      key={placeId}
                      type="button"
                      className="ep-button ep-button--small ep-day-event__place"
                      onClick={() => onSelect(placeId, `event:${event.id}`)}
                    >
                      {placeName(index, placeId, lang)}
                    </button>
                  ))}
                </p>
              )}
              <SourceList ids={event.citations} index={index} />
            </li>
          ))}
        </ol>
      )}
      {hidden > 0 && (
        <button
          type="button"
          className="ep-more"
          onClick={() => setListed({ day, count: count + DAY_EVENTS_PAGE })}
        >
          {t('panel.list.more', { count: Math.min(DAY_EVENTS_PAGE, hidden), hidden })}
        </button>
      )}
    </section>
  );
}
