import { useMemo, useState } from 'react';
import { groupRejections } from '../data/rejection-summary';
import { skippedSummary } from './skipped-summary';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';

/**
 * Says plainly when the loader skipped files, records or zones, and which (file, record, field,
 * message), so a reader knows the map is missing something and a contributor can fix it.
 * The same problem in many records is one line with a count. Dismissible; the valid rest of the
 * data renders either way.
 */
export function RejectionsBanner() {
  const t = useT();
  const rejections = useAppStore((s) => s.rejections);
  const [dismissed, setDismissed] = useState(false);
  const lines = useMemo(() => groupRejections(rejections), [rejections]);
  if (rejections.length === 0 || dismissed) return null;
  return (
    <div className="rejections-banner" role="status" data-testid="rejections-banner">
      <details>
        <summary>{skippedSummary(rejections)}</summary>
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={() => setDismissed(true)} aria-label={t('app.dismiss')}>
        ×
      </button>
    </div>
  );
}
