import { useEffect, useId, useState, type ReactNode } from 'react';
import { useAppStoreApi } from '../state/store-context';
import { useT } from '../i18n/use-t';

/**
 * The evidence panel's frame: a right-hand column on wide screens, a collapsible bottom sheet on
 * phones that sits above the timeline (never over the slider) and opens when something is picked
 * on the map.
 */
export function EvidenceSheet({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const t = useT();
  const [open, setOpen] = useState(() => store.getState().selectedPlaceId !== null);
  const bodyId = useId();
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        const picked =
          (state.selectedPlaceId !== null && state.selectedPlaceId !== prev.selectedPlaceId) ||
          (state.selectedZone !== null && state.selectedZone !== prev.selectedZone);
        if (picked) setOpen(true);
      }),
    [store],
  );
  return (
    <aside
      className="sheet"
      data-open={open}
      aria-label={t('app.sheet.title')}
      data-testid="evidence-sheet"
    >
      <button
        type="button"
        className="sheet__handle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="sheet__grip" aria-hidden="true" />
        {open ? t('app.sheet.hide') : t('app.sheet.show')}
      </button>
      <div className="sheet__body" id={bodyId}>
        {children}
      </div>
    </aside>
  );
}
