import { useMemo } from 'react';
import { formatIsoShort, toDayNumber } from '../data/dates';
import { areaFigureText } from '../evidence/wording';
import { claimantName, type EvidenceIndex } from '../evidence/evidence-index';
import { SourceList } from './SourceCitation';
import { ClampedText } from './ClampedText';

/**
 * Published figures for the area of Kursk oblast held by Ukraine, up to the selected day. They
 * are what claimants said, not measurements, and are labelled that way.
 */
export function AreaFigures({ day, index }: { day: number; index: EvidenceIndex }) {
  const figures = useMemo(
    () =>
      index.dataset.areaFigures
        .filter((figure) => toDayNumber(figure.date) <= day)
        .sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date) || a.id.localeCompare(b.id)),
    [index, day],
  );
  return (
    <details className="ep-section ep-area" open>
      <summary>
        <h2>Area held by Ukraine in Kursk oblast, as reported</h2>
      </summary>
      <p className="ep-muted">Figures as published by each claimant; not verified.</p>
      {figures.length === 0 ? (
        <p className="ep-muted">No figure published up to this date.</p>
      ) : (
        <ul className="ep-list">
          {figures.map((figure) => (
            <li key={figure.id} className="ep-card">
              <p>
                {formatIsoShort(figure.date, figure.datePrecision === 'approximate')}:{' '}
                {claimantName(index, figure.claimant)} reported {areaFigureText(figure)}
                {figure.settlements !== undefined && `, ${figure.settlements} settlements`}
              </p>
              {figure.note && <ClampedText className="ep-muted" text={figure.note} />}
              <SourceList ids={figure.sources} index={index} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
