import { useId, useMemo } from 'react';
import { DetailHeader } from './DetailHeader';
import { claimantName, type EvidenceIndex } from '../evidence/evidence-index';
import { formatDayShort, formatIsoShort } from '../data/dates';
import { SIDE_NAMES } from '../data/vocabulary';
import { counted } from '../evidence/wording';
import { SourceList } from './SourceCitation';
import { zonePlaces, type ZonePlace, type ZoneRef } from '../evidence/zone-places';

function ZonePlaceItem({
  item,
  index,
  onSelect,
}: {
  item: ZonePlace;
  index: EvidenceIndex;
  onSelect: (id: string) => void;
}) {
  const { place, claim } = item;
  return (
    <li className="ep-card">
      <button type="button" className="ep-link-button" onClick={() => onSelect(place.id)}>
        {place.names.en} ({place.names.native})
      </button>
      <p className="ep-muted">
        Claimed since {formatIsoShort(claim.from, claim.datePrecision === 'approximate')}
      </p>
      <SourceList ids={claim.sources} index={index} />
    </li>
  );
}

function ZonePlaceList({
  items,
  index,
  onSelect,
}: {
  items: ZonePlace[];
  index: EvidenceIndex;
  onSelect: (id: string) => void;
}) {
  return (
    <ul className="ep-list">
      {items.map((item) => (
        <ZonePlaceItem key={item.place.id} item={item} index={index} onSelect={onSelect} />
      ))}
    </ul>
  );
}

/**
 * What a drawn zone rests on: the settlements one claimant says one side holds. The zone is an
 * approximation around those points, so the panel says plainly that it is not a front line.
 */
export function ZonePanel({
  zone,
  day,
  index,
  onBack,
  onSelectPlace,
}: {
  zone: ZoneRef;
  day: number;
  index: EvidenceIndex;
  onBack: () => void;
  onSelectPlace: (id: string) => void;
}) {
  const { located, unlocated } = useMemo(
    () => zonePlaces(index.dataset, zone, day),
    [index, zone, day],
  );
  const name = claimantName(index, zone.claimant);
  const uid = useId();
  return (
    <article data-testid="zone-panel" className="ep-detail" aria-labelledby={`${uid}-zone-title`}>
      <DetailHeader titleId={`${uid}-zone-title`} onBack={onBack}>
        {name} claims: held by {SIDE_NAMES[zone.side]}
      </DetailHeader>
      <p className="ep-notice">
        Approximate zone derived from {counted(located.length, 'claimed settlement')} — not a front
        line, as of {formatDayShort(day)}.
      </p>
      <section className="ep-section" aria-labelledby={`${uid}-zone-located`}>
        <h3 id={`${uid}-zone-located`}>Settlements the zone is drawn from</h3>
        {located.length === 0 ? (
          <p className="ep-muted">None as of this date.</p>
        ) : (
          <ZonePlaceList items={located} index={index} onSelect={onSelectPlace} />
        )}
      </section>
      {unlocated.length > 0 && (
        <section className="ep-section" aria-labelledby={`${uid}-zone-unlocated`}>
          <h3 id={`${uid}-zone-unlocated`}>Also claimed, not drawn (no sourced coordinate)</h3>
          <ZonePlaceList items={unlocated} index={index} onSelect={onSelectPlace} />
        </section>
      )}
    </article>
  );
}
