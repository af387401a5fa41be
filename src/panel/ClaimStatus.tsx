import { useId, useMemo } from 'react';
import { claimsDisagree, latestClaimsAsOf } from '../evidence/claims-as-of';
import { formatDayShort, formatIsoShort, toDayNumber } from '../data/dates';
import { claimAge } from '../evidence/claim-age';
import { ClaimAgeNote } from './ClaimAgeNote';
import { SIDE_NAMES } from '../data/vocabulary';
import { claimSentence } from '../evidence/wording';
import { claimantName, type EvidenceIndex } from '../evidence/evidence-index';
import { SourceList } from './SourceCitation';

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
  return (
    <section
      data-testid="claim-status"
      className="ep-section"
      aria-labelledby={`${uid}-claims-heading`}
    >
      <h3 id={`${uid}-claims-heading`}>Claimed status as of {formatDayShort(day)}</h3>
      {claims.length === 0 ? (
        <p className="ep-muted">No control claim about this place on record up to this date.</p>
      ) : (
        <>
          {disagree && (
            <p className="ep-badge ep-badge--disagree">
              <span aria-hidden="true">⚠ </span>Claims disagree
            </p>
          )}
          <ul className={disagree ? 'ep-claims ep-claims--disagree' : 'ep-claims'}>
            {claims.map((claim) => {
              const name = claimantName(index, claim.claimant);
              const since = formatIsoShort(claim.from, claim.datePrecision === 'approximate');
              const saidDay = toDayNumber(claim.from);
              const stale = claimAge(saidDay, day).stale ? ' ep-claim--stale' : '';
              return (
                <li key={claim.id} className={`ep-claim ep-claim--${claim.holder}${stale}`}>
                  <p className="ep-claim__side">{SIDE_NAMES[claim.holder]}</p>
                  <p className="ep-claim__sentence">{claimSentence(name, claim.holder, since)}</p>
                  <ClaimAgeNote saidDay={saidDay} day={day} />
                  <SourceList ids={claim.sources} index={index} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
