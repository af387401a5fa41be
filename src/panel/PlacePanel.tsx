import { useId, useMemo } from 'react';
import type { Place } from '../data/schema';
import { ClaimStatus } from './ClaimStatus';
import { DetailHeader } from './DetailHeader';
import { EvacuationStatus } from './EvacuationStatus';
import type { EvidenceIndex } from '../evidence/evidence-index';
import { HistoryEntry } from './HistoryEntry';
import { PlaceFacts } from './PlaceFacts';
import { placeHistory } from '../evidence/place-history';
import { ClaimAssessments } from './imports/ClaimAssessments';
import { useWords } from '../i18n/use-t';
import { placeName } from '../i18n/words';

/**
 * Everything on record about one place, claims first: the claims in force on the day, the full
 * dated history, evacuation orders, then names, location and record sources. The back button returns to the searchable list.
 */
export function PlacePanel({
  place,
  day,
  index,
  onBack,
  selectedEntry = null,
}: {
  place: Place;
  day: number;
  index: EvidenceIndex;
  onBack: () => void;
  /** The key of the history entry the place was opened for: scrolled to and marked. */
  selectedEntry?: string | null;
}) {
  const history = useMemo(() => placeHistory(index.dataset, place.id, day), [index, place.id, day]);
  const uid = useId();
  const { t, lang } = useWords();
  return (
    <article data-testid="place-panel" className="ep-detail" aria-labelledby={`${uid}-place-title`}>
      <DetailHeader titleId={`${uid}-place-title`} onBack={onBack}>
        {placeName(place, lang)}
      </DetailHeader>
      <ClaimStatus placeId={place.id} day={day} index={index} />
      <ClaimAssessments place={place} index={index} />
      <section className="ep-section" aria-labelledby={`${uid}-history-heading`}>
        <h3 id={`${uid}-history-heading`}>{t('panel.history.heading')}</h3>
        {history.length === 0 ? (
          <p className="ep-muted">{t('panel.history.empty')}</p>
        ) : (
          <ol className="ep-history">
            {history.map((item) => (
              <HistoryEntry
                key={item.key}
                item={item}
                index={index}
                selected={item.key === selectedEntry}
              />
            ))}
          </ol>
        )}
      </section>
      <EvacuationStatus placeId={place.id} day={day} index={index} />
      {/* Names, location and record sources last: the claims are what a reader came for. */}
      <section className="ep-section" aria-labelledby={`${uid}-facts-heading`}>
        <h3 id={`${uid}-facts-heading`}>{t('panel.facts.heading')}</h3>
        <PlaceFacts place={place} />
      </section>
    </article>
  );
}
