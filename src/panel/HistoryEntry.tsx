import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store-context';
import { useShownDay } from '../state/shown-day';
import type { ControlClaim, Excerpt } from '../data/schema';
import { toDayNumber } from '../data/dates';
import { useWords } from '../i18n/use-t';
import { claimSentence } from '../i18n/words';
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
  /** The control claims the entry records, worded with their claimant ("ISW claims: …"). */
  claims: { id: string; sentence: string; day: number }[];
  excerpts: readonly Excerpt[];
  sources: readonly string[];
}

type Words = ReturnType<typeof useWords>;

function claimLine(
  index: EvidenceIndex,
  claim: ControlClaim,
  words: Words,
): EntryView['claims'][number] {
  const day = toDayNumber(claim.from);
  const since = words.day(day, claim.datePrecision === 'approximate');
  return {
    id: claim.id,
    sentence: claimSentence(words.t, claimantName(index, claim.claimant), claim.holder, since),
    day,
  };
}

function entryView(item: HistoryItem, index: EvidenceIndex, words: Words): EntryView {
  if (item.type === 'event') {
    const { event } = item;
    return {
      date: words.day(item.day, event.datePrecision === 'approximate'),
      kind: words.t(`event.kind.${event.kind}`),
      actor: claimantName(index, event.actor),
      summary: event.summary,
      claims: item.claims.map((claim) => claimLine(index, claim, words)),
      excerpts: event.excerpts,
      // The claims' sources follow the event's own, each once.
      sources: [...new Set([...event.citations, ...item.claims.flatMap((claim) => claim.sources)])],
    };
  }
  const { claim } = item;
  const date = words.day(item.day, claim.datePrecision === 'approximate');
  const actor = claimantName(index, claim.claimant);
  return {
    date,
    kind: words.t('event.kind.control-claim'),
    actor,
    summary: '',
    claims: [claimLine(index, claim, words)],
    excerpts: [],
    sources: claim.sources,
  };
}

/**
 * One dated entry of a place's history with its verbatim quotes and citations. Entries after the
 * selected day stay listed but are labelled, because the map does not yet show them.
 */
export function HistoryEntry({
  item,
  index,
  selected = false,
}: {
  item: HistoryItem;
  index: EvidenceIndex;
  /** The entry the place was opened for (from the day's events): scrolled into view, marked. */
  selected?: boolean;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const setDay = useAppStore((state) => state.setDay);
  const day = useShownDay();
  const words = useWords();
  const { t } = words;
  const view = entryView(item, index, words);
  return (
    <li
      ref={ref}
      data-testid="history-entry"
      data-selected={selected || undefined}
      className={`ep-entry${item.future ? ' ep-entry--future' : ''}${selected ? ' ep-entry--selected' : ''}`}
    >
      <p className="ep-entry__meta">
        <span className="ep-entry__date">{view.date}</span>
        <span className="ep-entry__kind">{view.kind}</span>
        <span className="ep-entry__actor">{view.actor}</span>
        {item.future && (
          <span className="ep-badge ep-badge--future">{t('panel.history.future')}</span>
        )}
      </p>
      {view.summary && <ClampedText className="ep-entry__summary" text={view.summary} />}
      {view.claims.map((claim) => (
        <div key={claim.id} className="ep-entry__claim">
          <p className="ep-claim__sentence">{claim.sentence}</p>
          {!item.future && <ClaimAgeNote saidDay={claim.day} day={day} />}
        </div>
      ))}
      {view.excerpts.map((excerpt, i) => (
        <figure key={`${excerpt.sourceId}-${i}`} className="ep-quote">
          <ClampedText as="blockquote" text={excerpt.quote} />
          <figcaption>
            {t('panel.history.quotedFrom')}{' '}
            <SourceCitation sourceId={excerpt.sourceId} index={index} />
          </figcaption>
        </figure>
      ))}
      <SourceList ids={view.sources} index={index} />
      <button
        type="button"
        className="ep-button ep-button--small"
        aria-label={t('panel.history.goToLabel', { date: view.date })}
        onClick={() => setDay(item.day)}
      >
        {t('panel.history.goTo')}
      </button>
    </li>
  );
}
