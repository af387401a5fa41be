import { claimAge } from '../evidence/claim-age';
import { useWords } from '../i18n/use-t';
import './claim-age.css';

/** How long before the selected date a claim was said; past the threshold, since when unrepeated. */
export function ClaimAgeNote({ saidDay, day }: { saidDay: number; day: number }) {
  const age = claimAge(saidDay, day);
  const words = useWords();
  const { t } = words;
  return (
    <p className="ep-claim__age" data-testid="claim-age" data-stale={age.stale}>
      {age.days === 0 ? t('claim.age.today') : t('claim.age.days', { days: age.days })}
      {age.stale && <> {t('claim.age.notRepeated', { date: words.day(saidDay) })}</>}
    </p>
  );
}
