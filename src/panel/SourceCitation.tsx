import { useT, useWords } from '../i18n/use-t';
import type { EvidenceIndex } from '../evidence/evidence-index';
import { safeHref } from './source-link';

/**
 * One cited source as outlet, title, publication date and link. Only http(s) URLs become links;
 * anything else is printed as text so a bad record cannot run script on click.
 */
export function SourceCitation({ sourceId, index }: { sourceId: string; index: EvidenceIndex }) {
  const source = index.sources.get(sourceId);
  const words = useWords();
  const { t } = words;
  if (!source) {
    return (
      <span className="ep-source ep-source--missing">
        {t('panel.source.missing', { id: sourceId })}
      </span>
    );
  }
  const href = safeHref(source.url);
  const published = words.iso(source.published, source.publishedPrecision === 'approximate');
  return (
    <span className="ep-source">
      <span className="ep-source__outlet">{source.outlet}</span>
      {': '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span className="ep-source__title">{source.title}</span>
      )}
      {` ${t('panel.source.published', { date: published })}`}
      {!href && (
        <span className="ep-source__bad-url">
          {' '}
          {t('panel.source.badUrl')} {source.url}
        </span>
      )}
      {source.via && <span className="ep-source__via"> — {source.via}</span>}
    </span>
  );
}

/** The sources a record cites, one per line. */
export function SourceList({ ids, index }: { ids: readonly string[]; index: EvidenceIndex }) {
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <ul className="ep-sources" aria-label={t('panel.sources')}>
      {ids.map((id) => (
        <li key={id}>
          <SourceCitation sourceId={id} index={index} />
        </li>
      ))}
    </ul>
  );
}
