import { formatDayShort } from '../data/dates';
import { claimAge, claimAgeText } from '../evidence/claim-age';
import './claim-age.css';

/** How long before the selected date a claim was said; past the threshold, since when unrepeated. */
export function ClaimAgeNote({ saidDay, day }: { saidDay: number; day: number }) {
  const age = claimAge(saidDay, day);
  return (
    <p className="ep-claim__age" data-testid="claim-age" data-stale={age.stale}>
      {claimAgeText(age)}
      {age.stale && <> — not repeated since {formatDayShort(saidDay)}</>}
    </p>
  );
}
