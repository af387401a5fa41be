import { useState } from 'react';
import { parseIsoDay } from '../data/dates';
import { unmappedLabels } from '../importer/summary';
import { ASSESSED_SIDES, type AssessedSide, type Snapshot } from '../importer/types';
import { ASSESSED_SIDE_NAMES } from './format';

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
      aria-label={`Complete ${snapshot.source}`}
      data-testid="imports-dialog"
      onSubmit={(event) => {
        event.preventDefault();
        if (dateValid) onAnswer({ date: snapshot.date ? undefined : date, sides });
      }}
    >
      <p>
        <strong>{snapshot.source}</strong> needs
        {snapshot.date ? '' : ' a date'}
        {!snapshot.date && labels.length > 0 ? ' and' : ''}
        {labels.length > 0 ? ' a side for what it names' : ''}.
      </p>
      {!snapshot.date && (
        <label>
          Snapshot date
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
                {ASSESSED_SIDE_NAMES[side]}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="imports__dialog-actions">
        <button type="submit" disabled={!dateValid}>
          Import
        </button>
        <button type="button" onClick={() => onAnswer(null)}>
          Skip this file
        </button>
      </div>
    </form>
  );
}
