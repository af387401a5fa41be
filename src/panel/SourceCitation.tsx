import { formatIsoShort } from '../data/dates';
import type { EvidenceIndex } from '../evidence/evidence-index';
import { safeHref } from './source-link';

/**
 * One cited source as outlet, title, publication date and link. Only http(s) URLs become links;
 * anything else is printed as text so a bad record cannot run script on click.
 */
export function SourceCitation({ sourceId, index }: { sourceId: string; index: EvidenceIndex }) {
  const source = index.sources.get(sourceId);
  if (!source) {
    return (
      <span className="ep-source ep-source--missing">Source “{sourceId}” is not on record</span>
    );
  }
  const href = safeHref(source.url);
  const published = formatIsoShort(source.published, source.publishedPrecision === 'approximate');
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
      {` (published ${published})`}
      {!href && <span className="ep-source__bad-url"> — unlinked address: {source.url}</span>}
      {source.via && <span className="ep-source__via"> — {source.via}</span>}
    </span>
  );
}

/** The sources a record cites, one per line. */
export function SourceList({ ids, index }: { ids: readonly string[]; index: EvidenceIndex }) {
  if (ids.length === 0) return null;
  return (
    <ul className="ep-sources" aria-label="Sources">
      {ids.map((id) => (
        <li key={id}>
          <SourceCitation sourceId={id} index={index} />
        </li>
      ))}
    </ul>
  );
}
