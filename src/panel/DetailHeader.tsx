import type { ReactNode } from 'react';

/** Header of a place or zone panel: the way back to the list, then the panel's title. */
export function DetailHeader({
  titleId,
  onBack,
  children,
}: {
  titleId: string;
  onBack: () => void;
  children: ReactNode;
}) {
  return (
    <header className="ep-detail__header">
      <button type="button" className="ep-button" aria-label="Back to all places" onClick={onBack}>
        ← All places
      </button>
      <h2 id={titleId}>{children}</h2>
    </header>
  );
}
