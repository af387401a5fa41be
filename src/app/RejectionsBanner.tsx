import { useState } from 'react';
import { formatRejection } from '../data/validate-dataset';
import { skippedSummary } from './skipped-summary';
import { useAppStore } from '../state/store-context';

/**
 * Says plainly when the loader skipped files, records or zones, and which (file, record, field,
 * message), so a reader knows the map is missing something and a contributor can fix it.
 * Dismissible; the valid rest of the data renders either way.
 */
export function RejectionsBanner() {
  const rejections = useAppStore((s) => s.rejections);
  const [dismissed, setDismissed] = useState(false);
  if (rejections.length === 0 || dismissed) return null;
  return (
    <div className="rejections-banner" role="status" data-testid="rejections-banner">
      <details>
        <summary>{skippedSummary(rejections)}</summary>
        <ul>
          {rejections.map((rejection, i) => (
            <li key={i}>{formatRejection(rejection)}</li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={() => setDismissed(true)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
