import { useId, useMemo } from 'react';
import { DetailHeader } from './DetailHeader';
import { claimantName, placeName, type EvidenceIndex } from '../evidence/evidence-index';
import { latestClaimsAsOf } from '../evidence/claims-as-of';
import { formatDayShort, formatIsoShort } from '../data/dates';
import { COMBINED_VIEW, SIDE_NAMES } from '../data/vocabulary';
import { claimSentence, counted } from '../evidence/wording';
import type { ImpliedSpan } from '../zones/implied';
import {
  IMPLIED_STATUSES,
  ZONE_STATUS_NAMES,
  impliedSpanAt,
  zoneOnDay,
  type ZoneData,
  type ZoneRef,
} from '../zones/zone-data';
import { SourceList } from './SourceCitation';

/** What an implied status rests on, in words: whose 'liberated' claim, and where its start comes from. */
function ImpliedNote({ span, index }: { span: ImpliedSpan; index: EvidenceIndex }) {
  const by = claimantName(index, span.claimant);
  const start =
    span.startRule === 'earliest-report'
      ? `its start (${formatIsoShort(span.from)}) is the earliest report placing ${SIDE_NAMES[span.side]}'s forces there`
      : `its start is the operation start (${formatIsoShort(span.from)})`;
  return (
    <p className="ep-notice" data-testid="implied-note">
      An inference, not a claim: {by}&apos;s &lsquo;liberated&rsquo; claim of{' '}
      {formatIsoShort(span.to)} says {SIDE_NAMES[span.side]} held it until then; {start}, not
      claimed.
    </p>
  );
}

/** One settlement of the zone with the claims in force on the day (the view's, or all). */
function ZoneSettlement({
  placeId,
  zone,
  day,
  index,
  zones,
  onSelect,
}: {
  placeId: string;
  zone: ZoneRef;
  day: number;
  index: EvidenceIndex;
  zones: ZoneData;
  onSelect: (id: string) => void;
}) {
  const place = index.places.get(placeId);
  const claims = latestClaimsAsOf(index.dataset.claims, placeId, day).filter(
    (claim) => zone.view === COMBINED_VIEW || claim.claimant === zone.view,
  );
  const span = IMPLIED_STATUSES.includes(zone.status)
    ? impliedSpanAt(zones, zone.view, placeId, day)
    : undefined;
  const km2 = zones.cells.get(placeId)?.areaKm2;
  return (
    <li className="ep-card">
      <button type="button" className="ep-link-button" onClick={() => onSelect(placeId)}>
        {placeName(index, placeId)}
        {place ? ` (${place.names.native})` : ''}
      </button>
      {km2 !== undefined && <p className="ep-muted">Cell: {km2.toFixed(1)} km²</p>}
      {span && <ImpliedNote span={span} index={index} />}
      <ul className="ep-list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <p className="ep-claim__sentence">
              {claimSentence(
                claimantName(index, claim.claimant),
                claim.holder,
                formatIsoShort(claim.from, claim.datePrecision === 'approximate'),
              )}
            </p>
            <SourceList ids={claim.sources} index={index} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * What a drawn zone rests on: the settlements one view gives one status on the day, their
 * cells' km² and their claims. Cells are an approximation around those settlements, so the panel
 * says plainly that the zone is not a front line; implied cells say they are an inference.
 */
export function ZonePanel({
  zone,
  day,
  index,
  zones,
  onBack,
  onSelectPlace,
}: {
  zone: ZoneRef;
  day: number;
  index: EvidenceIndex;
  zones: ZoneData;
  onBack: () => void;
  onSelectPlace: (id: string) => void;
}) {
  const { drawn, undrawn, km2 } = useMemo(() => zoneOnDay(zones, zone, day), [zones, zone, day]);
  const viewName =
    zone.view === COMBINED_VIEW ? 'All claimants, combined' : claimantName(index, zone.view);
  const uid = useId();
  const item = (placeId: string) => (
    <ZoneSettlement
      key={placeId}
      placeId={placeId}
      zone={zone}
      day={day}
      index={index}
      zones={zones}
      onSelect={onSelectPlace}
    />
  );
  return (
    <article data-testid="zone-panel" className="ep-detail" aria-labelledby={`${uid}-zone-title`}>
      <DetailHeader titleId={`${uid}-zone-title`} onBack={onBack}>
        {viewName}: {ZONE_STATUS_NAMES[zone.status]}
      </DetailHeader>
      <p className="ep-notice" data-testid="zone-summary">
        On {formatDayShort(day)}: {counted(drawn.length, 'settlement')}, {Math.round(km2)} km² — the
        cells of these settlements (ground nearer to each than to any other located settlement,
        within {zones.maxRadiusKm ?? '–'} km). Approximate, not a front line.
      </p>
      <section className="ep-section" aria-labelledby={`${uid}-zone-located`}>
        <h3 id={`${uid}-zone-located`}>Settlements the zone is drawn from</h3>
        {drawn.length === 0 ? (
          <p className="ep-muted">None as of this date.</p>
        ) : (
          <ul className="ep-list">{drawn.map(item)}</ul>
        )}
      </section>
      {undrawn.length > 0 && (
        <section className="ep-section" aria-labelledby={`${uid}-zone-unlocated`}>
          <h3 id={`${uid}-zone-unlocated`}>Same status, not drawn (no sourced coordinate)</h3>
          <ul className="ep-list">{undrawn.map(item)}</ul>
        </section>
      )}
    </article>
  );
}
