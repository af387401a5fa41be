import { useAppStore } from '../state/store-context';
import type { Excerpt } from '../data/schema';
import { formatDayShort } from '../data/dates';
import { claimSentence, EVENT_KIND_LABEL } from '../evidence/wording';
import { claimantName, type EvidenceIndex } from '../evidence/evidence-index';
import type { HistoryItem } from '../evidence/place-history';
import { ClaimAgeNote } from './ClaimAgeNote';
import { SourceCitation, SourceList } from './SourceCitation';
import { ClampedText } from './ClampedText';

interface EntryView {
  date: string;
  kind: string;
  actor: string;
  summary: string;
  excerpts: readonly Excerpt[];
  sources: readonly string[];
}

function entryView(item: HistoryItem, index: EvidenceIndex): EntryView {
  if (item.type === 'event') {
    const { event } = item;
    return {
      date: formatDayShort(item.day, event.datePrecision === 'approximate'),
      kind: EVENT_KIND_LABEL[event.kind],
      actor: claimantName(index, event.actor),
      summary: event.summary,
      excerpts: event.excerpts,
      sources: event.citations,
    };
  }
  const { claim } = item;
  const date = formatDayShort(item.day, claim.datePrecision === 'approximate');
  const actor = claimantName(index, claim.claimant);
  return {
    date,
    kind: 'Control claim record',
    actor,
    summary: claimSentence(actor, claim.holder, date),
    excerpts: [],
    sources: claim.sources,
  };
}

/**
 * One dated entry of a place's history with its verbatim quotes and citations. Entries after the
 * selected day stay listed but are labelled, because the map does not yet show them.
 */
export function HistoryEntry({ item, index }: { item: HistoryItem; index: EvidenceIndex }) {
  const setDay = useAppStore((state) => state.setDay);
  const day = useAppStore((state) => state.day);
  const view = entryView(item, index);
  return (
    <li
      data-testid="history-entry"
      className={item.future ? 'ep-entry ep-entry--future' : 'ep-entry'}
    >
      <p className="ep-entry__meta">
        <span className="ep-entry__date">{view.date}</span>
        <span className="ep-entry__kind">{view.kind}</span>
        <span className="ep-entry__actor">{view.actor}</span>
        {item.future && <span className="ep-badge ep-badge--future">After selected date</span>}
      </p>
      <ClampedText className="ep-entry__summary" text={view.summary} />
      {item.type === 'claim' && !item.future && <ClaimAgeNote saidDay={item.day} day={day} />}
      {view.excerpts.map((excerpt, i) => (
        <figure key={`${excerpt.sourceId}-${i}`} className="ep-quote">
          <ClampedText as="blockquote" text={excerpt.quote} />
          <figcaption>
            Quoted from <SourceCitation sourceId={excerpt.sourceId} index={index} />
          </figcaption>
        </figure>
      ))}
      <SourceList ids={view.sources} index={index} />
      <button
        type="button"
        className="ep-button ep-button--small"
        aria-label={`Go to this date, ${view.date}`}
        onClick={() => setDay(item.day)}
      >
        Go to this date
      </button>
    </li>
  );
}
