import { useId, useMemo } from 'react';
import { formatIsoShort } from '../../data/dates';
import type { Place } from '../../data/schema';
import { SIDE_NAMES } from '../../data/vocabulary';
import { claimantName, type EvidenceIndex } from '../../evidence/evidence-index';
import { assessClaim, tallyByClaimant, type Verdict } from '../../importer/assess';
import { useAppStore } from '../../state/store-context';
import type { AppState } from '../../state/store';
import './claim-assessments.css';

const selectSnapshots = (state: AppState) => state.importedSnapshots;

const VERDICT_TEXT: Record<Verdict, string> = {
  agrees: 'agrees',
  disagrees: 'disagrees',
  'not covered': 'not covered',
};

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;

/**
 * Each claim about the place held against the user's imported assessed maps (issue #12): the
 * nearest snapshot on or after the claim's date agrees, disagrees or does not cover the place;
 * then, per claimant, the share of all its located claims the imports agree with. Nothing
 * without imports.
 */
export function ClaimAssessments({ place, index }: { place: Place; index: EvidenceIndex }) {
  const snapshots = useAppStore(selectSnapshots);
  const uid = useId();
  const { claims, places } = index.dataset;
  const tallies = useMemo(
    () => tallyByClaimant(claims, places, snapshots),
    [claims, places, snapshots],
  );
  if (snapshots.length === 0) return null;
  const own = claims
    .filter((claim) => claim.place === place.id)
    .sort((a, b) => a.from.localeCompare(b.from));
  const location = place.location;
  const assessed = location
    ? own.flatMap((claim) => {
        const assessment = assessClaim(claim, location, snapshots);
        return assessment ? [{ claim, assessment }] : [];
      })
    : [];
  const unassessed = own.length - assessed.length;
  return (
    <section
      className="ep-section claim-assess"
      aria-labelledby={`${uid}-assess`}
      data-testid="claim-assessments"
    >
      <h3 id={`${uid}-assess`}>Claims against your imported assessments</h3>
      {!location ? (
        <p className="ep-muted">This place has no sourced coordinate, so it cannot be compared.</p>
      ) : own.length === 0 ? (
        <p className="ep-muted">No control claim about this place on record.</p>
      ) : (
        <>
          <ul className="claim-assess__list">
            {assessed.map(({ claim, assessment }) => (
              <li key={claim.id} data-verdict={assessment.verdict}>
                <span>
                  {formatIsoShort(claim.from)} · {claimantName(index, claim.claimant)}:{' '}
                  {SIDE_NAMES[claim.holder]}
                </span>{' '}
                <span className="claim-assess__verdict">
                  {VERDICT_TEXT[assessment.verdict]} (snapshot of {assessment.snapshot.date},{' '}
                  {assessment.snapshot.source})
                </span>
              </li>
            ))}
          </ul>
          {unassessed > 0 && (
            <p className="ep-muted">
              {unassessed} later claim{unassessed === 1 ? '' : 's'}: no imported snapshot on or
              after {unassessed === 1 ? 'its' : 'their'} date.
            </p>
          )}
        </>
      )}
      {tallies.size > 0 && (
        <>
          <h4>Per claimant, all located places</h4>
          <ul className="claim-assess__summary" data-testid="claimant-agreement">
            {[...tallies].map(([claimant, tally]) => {
              const total = tally.agrees + tally.disagrees + tally['not covered'];
              return (
                <li key={claimant}>
                  {claimantName(index, claimant)}: {tally.agrees} of {total} agree (
                  {percent(tally.agrees, total)}), {tally.disagrees} disagree,{' '}
                  {tally['not covered']} not covered
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
