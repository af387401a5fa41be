import { useId, useMemo } from 'react';
import type { EvidenceIndex } from '../evidence/evidence-index';
import { describeEvacuation, evacuationsForPlace } from '../evidence/evacuations';
import { SourceList } from './SourceCitation';
import { ClampedText } from './ClampedText';
import { useWords } from '../i18n/use-t';

/** Evacuation orders covering the place up to the selected day, worded from the records. */
export function EvacuationStatus({
  placeId,
  day,
  index,
}: {
  placeId: string;
  day: number;
  index: EvidenceIndex;
}) {
  const orders = useMemo(
    () => evacuationsForPlace(index.dataset.evacuations, placeId, day),
    [index, placeId, day],
  );
  const uid = useId();
  const { t, lang } = useWords();
  return (
    <section className="ep-section" aria-labelledby={`${uid}-evac-heading`}>
      <h3 id={`${uid}-evac-heading`}>{t('panel.evac.heading')}</h3>
      {orders.length === 0 ? (
        <p className="ep-muted">{t('panel.evac.none')}</p>
      ) : (
        <ul className="ep-list">
          {orders.map((order) => (
            <li key={order.id} className="ep-card">
              <p className="ep-evac__sentence">{describeEvacuation(order, index, t, lang)}</p>
              <ClampedText className="ep-muted" text={order.summary} />
              <SourceList ids={order.sources} index={index} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
