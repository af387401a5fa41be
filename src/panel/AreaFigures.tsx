import { useMemo } from 'react';
import { toDayNumber } from '../data/dates';
import type { AreaFigure } from '../data/schema';
import { formatNumber } from '../i18n/format';
import { useWords } from '../i18n/use-t';
import { claimantName, type EvidenceIndex } from '../evidence/evidence-index';
import { SourceList } from './SourceCitation';
import { ClampedText } from './ClampedText';

/**
 * Published figures for the area of Kursk oblast held by Ukraine, up to the selected day. They
 * are what claimants said, not measurements, and are labelled that way.
 */
export function AreaFigures({ day, index }: { day: number; index: EvidenceIndex }) {
  const words = useWords();
  const { t, lang } = words;
  const figureText = (figure: AreaFigure) =>
    figure.km2 === null
      ? t('area.figure.changeOnly')
      : t(`area.figure.${figure.qualifier}`, { km2: formatNumber(figure.km2, lang) });
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
        <h2>{t('panel.area.heading')}</h2>
      </summary>
      <p className="ep-muted">{t('panel.area.unverified')}</p>
      {figures.length === 0 ? (
        <p className="ep-muted">{t('panel.area.none')}</p>
      ) : (
        <ul className="ep-list">
          {figures.map((figure) => (
            <li key={figure.id} className="ep-card">
              <p>
                {words.iso(figure.date, figure.datePrecision === 'approximate')}:{' '}
                {t('panel.area.reported', {
                  claimant: claimantName(index, figure.claimant),
                  figure: figureText(figure),
                })}
                {figure.settlements !== undefined &&
                  `, ${t('panel.area.settlements', { count: figure.settlements })}`}
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
