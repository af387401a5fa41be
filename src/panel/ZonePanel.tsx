import { useId, useMemo } from 'react';
import { DetailHeader } from './DetailHeader';
import { claimantName, placeName, type EvidenceIndex } from '../evidence/evidence-index';
import { latestClaimsAsOf } from '../evidence/claims-as-of';
import { COMBINED_VIEW } from '../data/vocabulary';
import { formatNumber } from '../i18n/format';
import { useWords } from '../i18n/use-t';
import { claimSentence, otherPlaceName } from '../i18n/words';
import type { ImpliedSpan } from '../zones/implied';
import {
  IMPLIED_STATUSES,
  impliedSpanAt,
  zoneOnDay,
  type ZoneData,
  type ZoneRef,
} from '../zones/zone-data';
import { SourceList } from './SourceCitation';

/** What an implied status rests on, in words: whose 'liberated' claim, and where its start comes from. */
function ImpliedNote({ span, index }: { span: ImpliedSpan; index: EvidenceIndex }) {
  const words = useWords();
  const { t } = words;
  const from = words.iso(span.from);
  const start =
    span.startRule === 'earliest-report'
      ? t(`panel.zone.startEarliest.${span.side}`, { date: from })
      : t('panel.zone.startOperation', { date: from });
  return (
    <p className="ep-notice" data-testid="implied-note">
      {t(`panel.zone.inference.${span.side}`, {
        claimant: claimantName(index, span.claimant),
        to: words.iso(span.to),
        start,
      })}
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
  const words = useWords();
  const { t, lang } = words;
  return (
    <li className="ep-card">
      <button type="button" className="ep-link-button" onClick={() => onSelect(placeId)}>
        {placeName(index, placeId, lang)}
        {place ? ` (${otherPlaceName(place, lang)})` : ''}
      </button>
      {km2 !== undefined && (
        <p className="ep-muted">{t('panel.zone.cell', { km2: formatNumber(km2, lang, 1) })}</p>
      )}
      {span && <ImpliedNote span={span} index={index} />}
      <ul className="ep-list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <p className="ep-claim__sentence">
              {claimSentence(
                t,
                claimantName(index, claim.claimant),
                claim.holder,
                words.iso(claim.from, claim.datePrecision === 'approximate'),
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
  const words = useWords();
  const { t, lang } = words;
  const viewName =
    zone.view === COMBINED_VIEW ? t('legend.allCombined') : claimantName(index, zone.view);
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
        {viewName}: {t(`zone.status.${zone.status}`)}
      </DetailHeader>
      <p className="ep-notice" data-testid="zone-summary">
        {t('panel.zone.summary', {
          date: words.day(day),
          count: drawn.length,
          km2: formatNumber(Math.round(km2), lang),
          radius: zones.maxRadiusKm ?? '–',
        })}
      </p>
      <section className="ep-section" aria-labelledby={`${uid}-zone-located`}>
        <h3 id={`${uid}-zone-located`}>{t('panel.zone.drawnFrom')}</h3>
        {drawn.length === 0 ? (
          <p className="ep-muted">{t('panel.zone.none')}</p>
        ) : (
          <ul className="ep-list">{drawn.map(item)}</ul>
        )}
      </section>
      {undrawn.length > 0 && (
        <section className="ep-section" aria-labelledby={`${uid}-zone-unlocated`}>
          <h3 id={`${uid}-zone-unlocated`}>{t('panel.zone.undrawn')}</h3>
          <ul className="ep-list">{undrawn.map(item)}</ul>
        </section>
      )}
    </article>
  );
}
