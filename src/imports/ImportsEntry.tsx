import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/store-context';
import { useT } from '../i18n/use-t';
import './imports-entry.css';

/** The import UI, worker and parsers: a chunk of its own, fetched on first open. */
const ImportPanel = lazy(() => import('./ImportPanel'));

/**
 * The header's "Import assessed maps" button: restores snapshots kept on this machine
 * (IndexedDB, and those of `npm run import`) and opens the lazily loaded import panel.
 */
export function ImportsEntry() {
  const store = useAppStoreApi();
  const t = useT();
  const count = useAppStore((s) => s.importedSnapshots.length);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    // IndexedDB access (idb-keyval) is a chunk of its own: the first paint does not wait for it.
    const persist = import('../importer/persist');
    const kept = persist
      .then((p) => p.loadSnapshots())
      .catch(() => {
        // IndexedDB unavailable (private mode): imports work for this visit only.
        return [];
      });
    const local = persist
      .then((p) => p.loadLocalSnapshots(import.meta.env.BASE_URL))
      .catch(() => []);
    void Promise.all([kept, local]).then(([browser, cli]) => {
      const snapshots = [...cli, ...browser];
      if (live && snapshots.length > 0) store.getState().setImportedSnapshots(snapshots);
    });
    return () => {
      live = false;
    };
  }, [store]);
  return (
    <>
      <button
        type="button"
        className="imports-entry"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="imports-open"
      >
        {count > 0 ? t('imports.openCount', { count }) : t('imports.open')}
      </button>
      {open && (
        <Suspense fallback={<p className="imports imports--loading">{t('imports.loading')}</p>}>
          <ImportPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
