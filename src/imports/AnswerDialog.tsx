import { useState } from 'react';
import { parseIsoDay } from '../data/dates';
import { unmappedLabels } from '../importer/summary';
import { ASSESSED_SIDES, type AssessedSide, type Snapshot } from '../importer/types';
import { assessedSideNames } from './format';
import { useT } from '../i18n/use-t';

/** The user's answers for one snapshot; null skips the file. */
type Answers = { date?: string; sides: Record<string, AssessedSide> } | null;

/**
 * Asks what the importer could not find in a file: its snapshot date and the side of each
 * unrecognised label (names are shown as text, whatever markup they carry).
 */
export function AnswerDialog({
  snapshot,
  onAnswer,
}: {
  snapshot: Snapshot;
  onAnswer: (answers: Answers) => void;
}) {
  const t = useT();
  const sideNames = assessedSideNames(t);
  const labels = unmappedLabels(snapshot);
  const [date, setDate] = useState(snapshot.date ?? '');
  const [sides, setSides] = useState<Record<string, AssessedSide>>(() =>
    Object.fromEntries(labels.map((label) => [label, 'unknown' as AssessedSide])),
  );
  const dateValid = parseIsoDay(date) !== null;
  return (
    <form
      className="imports__dialog"
      role="dialog"
      aria-label={t('imports.dialog.label', { source: snapshot.source })}
      data-testid="imports-dialog"
      onSubmit={(event) => {
        event.preventDefault();
        if (dateValid) onAnswer({ date: snapshot.date ? undefined : date, sides });
      }}
    >
      <p>
        {t(
          snapshot.date
            ? 'imports.dialog.needsSides'
            : labels.length > 0
              ? 'imports.dialog.needsBoth'
              : 'imports.dialog.needsDate',
          { source: snapshot.source },
        )}
      </p>
      {!snapshot.date && (
        <label>
          {t('imports.dialog.date')}
          <input
            type="date"
            required
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
      )}
      {labels.map((label) => (
        <label key={label}>
          <span className="imports__label-text">{label}</span>
          <select
            value={sides[label]}
            onChange={(event) =>
              setSides({ ...sides, [label]: event.target.value as AssessedSide })
            }
          >
            {ASSESSED_SIDES.map((side) => (
              <option key={side} value={side}>
                {sideNames[side]}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="imports__dialog-actions">
        <button type="submit" disabled={!dateValid}>
          {t('imports.dialog.import')}
        </button>
        <button type="button" onClick={() => onAnswer(null)}>
          {t('imports.dialog.skip')}
        </button>
      </div>
    </form>
  );
}
