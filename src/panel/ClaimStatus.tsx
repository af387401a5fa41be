import { useId, useMemo } from 'react';
import { claimsDisagree, latestClaimsAsOf } from '../evidence/claims-as-of';
import { toDayNumber } from '../data/dates';
import { useWords } from '../i18n/use-t';
import { claimAge } from '../evidence/claim-age';
import { ClaimAgeNote } from './ClaimAgeNote';
import type { ControlClaim, Side } from '../data/schema';
import { claimSentence } from '../i18n/words';
import { claimantName, type EvidenceIndex } from '../evidence/evidence-index';
import { SourceList } from './SourceCitation';

const SIDE_ORDER: readonly Side[] = ['ru', 'ua', 'contested'];

/**
 * Each claimant's claim in force on the day, side by side. Disagreement gets a worded badge, not
 * only a colour, so it survives greyscale printing and colour-blind readers.
 */
export function ClaimStatus({
  placeId,
  day,
  index,
}: {
  placeId: string;
  day: number;
  index: EvidenceIndex;
}) {
  const claims = useMemo(
    () => latestClaimsAsOf(index.dataset.claims, placeId, day),
    [index, placeId, day],
  );
  const disagree = claimsDisagree(claims);
  const uid = useId();
  const words = useWords();
  const { t } = words;
  const renderClaim = (claim: ControlClaim) => {
    const name = claimantName(index, claim.claimant);
    const since = words.iso(claim.from, claim.datePrecision === 'approximate');
    const saidDay = toDayNumber(claim.from);
    const stale = claimAge(saidDay, day).stale ? ' ep-claim--stale' : '';
    return (
      <li key={claim.id} className={`ep-claim ep-claim--${claim.holder}${stale}`}>
        <p className="ep-claim__sentence">{claimSentence(t, name, claim.holder, since)}</p>
        <ClaimAgeNote saidDay={saidDay} day={day} />
        <SourceList ids={claim.sources} index={index} />
      </li>
    );
  };
  return (
    <section
      data-testid="claim-status"
      className="ep-section"
      aria-labelledby={`${uid}-claims-heading`}
    >
      <h3 id={`${uid}-claims-heading`}>{t('panel.claims.heading', { date: words.day(day) })}</h3>
      {claims.length === 0 ? (
        <p className="ep-muted">{t('panel.claims.none')}</p>
      ) : (
        <>
          {disagree && (
            <p className="ep-badge ep-badge--disagree">
              <span aria-hidden="true">⚠ </span>
              {t('panel.claims.disagree')}
            </p>
          )}
          {disagree ? (
            // One column per side (side by side where the panel is wide), headed by what the
            // claims in it say, so no side's name reads as the claimant's.
            <div className="ep-claim-columns" data-testid="claim-columns">
              {SIDE_ORDER.filter((side) => claims.some((claim) => claim.holder === side)).map(
                (side) => (
                  <section
                    key={side}
                    className={`ep-claim-column ep-claim-column--${side}`}
                    aria-labelledby={`${uid}-side-${side}`}
                  >
                    <h4 id={`${uid}-side-${side}`} className="ep-claim-column__heading">
                      {t(`panel.claims.column.${side}`)}
                    </h4>
                    <ul className="ep-claims ep-claims--disagree">
                      {claims.filter((claim) => claim.holder === side).map(renderClaim)}
                    </ul>
                  </section>
                ),
              )}
            </div>
          ) : (
            <ul className="ep-claims">{claims.map(renderClaim)}</ul>
          )}
        </>
      )}
    </section>
  );
}
