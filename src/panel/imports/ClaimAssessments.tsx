import { useId, useMemo } from 'react';
import type { Place } from '../../data/schema';
import { formatPercent } from '../../i18n/format';
import { useWords } from '../../i18n/use-t';
import { claimantName, type EvidenceIndex } from '../../evidence/evidence-index';
import { assessClaim, tallyByClaimant, type Verdict } from '../../importer/assess';
import { useAppStore } from '../../state/store-context';
import type { AppState } from '../../state/store';
import './claim-assessments.css';

const selectSnapshots = (state: AppState) => state.importedSnapshots;

const VERDICT_KEY = {
  agrees: 'assess.verdict.agrees',
  disagrees: 'assess.verdict.disagrees',
  'not covered': 'assess.verdict.notCovered',
} as const satisfies Record<Verdict, string>;

/**
 * Each claim about the place held against the user's imported assessed maps (issue #12): the
 * nearest snapshot on or after the claim's date agrees, disagrees or does not cover the place;
 * then, per claimant, the share of all its located claims the imports agree with. Nothing
 * without imports.
 */
export function ClaimAssessments({ place, index }: { place: Place; index: EvidenceIndex }) {
  const snapshots = useAppStore(selectSnapshots);
  const words = useWords();
  const { t, lang } = words;
  const percent = (part: number, whole: number) => formatPercent(part / whole, lang);
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
      <h3 id={`${uid}-assess`}>{t('assess.heading')}</h3>
      {!location ? (
        <p className="ep-muted">{t('assess.unlocated')}</p>
      ) : own.length === 0 ? (
        <p className="ep-muted">{t('assess.noClaims')}</p>
      ) : (
        <>
          <ul className="claim-assess__list">
            {assessed.map(({ claim, assessment }) => (
              <li key={claim.id} data-verdict={assessment.verdict}>
                <span>
                  {words.iso(claim.from)} · {claimantName(index, claim.claimant)}:{' '}
                  {t(
                    claim.holder === 'contested' ? 'zone.status.contested' : `side.${claim.holder}`,
                  )}
                </span>{' '}
                <span className="claim-assess__verdict">
                  {t(VERDICT_KEY[assessment.verdict])}{' '}
                  {t('assess.snapshot', {
                    date: assessment.snapshot.date ?? '',
                    source: assessment.snapshot.source,
                  })}
                </span>
              </li>
            ))}
          </ul>
          {unassessed > 0 && <p className="ep-muted">{t('assess.later', { count: unassessed })}</p>}
        </>
      )}
      {tallies.size > 0 && (
        <>
          <h4>{t('assess.perClaimant')}</h4>
          <ul className="claim-assess__summary" data-testid="claimant-agreement">
            {[...tallies].map(([claimant, tally]) => {
              const total = tally.agrees + tally.disagrees + tally['not covered'];
              return (
                <li key={claimant}>
                  {t('assess.tally', {
                    claimant: claimantName(index, claimant),
                    agrees: tally.agrees,
                    total,
                    percent: percent(tally.agrees, total),
                    disagrees: tally.disagrees,
                    uncovered: tally['not covered'],
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
