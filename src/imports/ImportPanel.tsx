import { useState, type DragEvent } from 'react';
import { removeSnapshot, saveSnapshots } from '../importer/persist';
import { areasBySide, unmappedLabels, withAnswers } from '../importer/summary';
import { ASSESSED_SIDES, type Snapshot } from '../importer/types';
import { useAppStore, useAppStoreApi } from '../state/store-context';
import { AnswerDialog } from './AnswerDialog';
import { assessedSideNames, formatBytes } from './format';
import { formatNumber } from '../i18n/format';
import { useLang, useT } from '../i18n/use-t';
import { runImport } from './run-import';
import './imports.css';

interface Progress {
  done: number;
  total: number;
  file: string;
}

const needsAnswers = (snapshot: Snapshot) => !snapshot.date || unmappedLabels(snapshot).length > 0;

/**
 * While files are read, what is ready is kept and shown at most this often: each store change
 * redraws the imported layer with every snapshot, so one change per file would cost n² for n files.
 */
const BATCH_MS = 1000;

/**
 * Import of assessed maps (issue #12), loaded only when opened: file picker and drop zone
 * (several files), parsing in a worker with a progress bar, a dialog for an unrecognised date
 * or side, and the list of snapshots kept on this machine.
 */
export default function ImportPanel({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const t = useT();
  const snapshots = useAppStore((s) => s.importedSnapshots);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<Snapshot[]>([]);
  const [dragging, setDragging] = useState(false);

  const keep = async (kept: readonly Snapshot[]) => {
    if (kept.length === 0) return;
    await saveSnapshots(kept);
    const ids = new Set(kept.map((s) => s.id));
    const others = store.getState().importedSnapshots.filter((s) => !ids.has(s.id));
    store.getState().setImportedSnapshots([...others, ...kept]);
  };

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setErrors([]);
    setProgress({ done: 0, total: files.length, file: files[0]?.name ?? '' });
    const asked: Snapshot[] = [];
    const failed: string[] = [];
    let ready: Snapshot[] = [];
    let keptAt = performance.now();
    const keepReady = () => {
      const batch = ready;
      ready = [];
      keptAt = performance.now();
      return keep(batch);
    };
    await runImport(files, (message) => {
      if (message.type === 'progress') {
        setProgress(message);
        if (performance.now() - keptAt > BATCH_MS) void keepReady();
      } else if (message.type === 'error') failed.push(message.message);
      else if (message.type === 'snapshot') {
        if (needsAnswers(message.snapshot)) asked.push(message.snapshot);
        else ready.push(message.snapshot);
      }
    });
    await keepReady();
    setProgress(null);
    setErrors(failed);
    setPending((queue) => [...queue, ...asked]);
  };

  const remove = async (id: string) => {
    await removeSnapshot(id);
    store
      .getState()
      .setImportedSnapshots(store.getState().importedSnapshots.filter((s) => s.id !== id));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const sorted = [...snapshots].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const asking = pending[0];

  return (
    <section className="imports" aria-label={t('imports.panel')} data-testid="imports-panel">
      <header className="imports__header">
        <h2>{t('imports.heading')}</h2>
        <button type="button" onClick={onClose} aria-label={t('imports.close')}>
          ×
        </button>
      </header>
      <p className="imports__note">{t('imports.note')}</p>
      <div
        className="imports__drop"
        data-dragging={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="imports-drop"
      >
        <label>
          {t('imports.choose')}
          <input
            type="file"
            multiple
            accept=".geojson,.json,.kml,.kmz"
            data-testid="imports-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void importFiles(files);
            }}
          />
        </label>
      </div>
      {progress && (
        <div className="imports__progress" role="status">
          <progress value={progress.done} max={progress.total} />
          <span>
            {t('imports.reading', {
              n: Math.min(progress.done + 1, progress.total),
              total: progress.total,
            })}
            {progress.file ? `: ${progress.file}` : ''}
          </span>
        </div>
      )}
      {errors.length > 0 && (
        <ul className="imports__errors" role="alert" data-testid="imports-errors">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      {asking && (
        <AnswerDialog
          key={asking.id}
          snapshot={asking}
          onAnswer={(answers) => {
            setPending((queue) => queue.slice(1));
            if (answers) void keep([withAnswers(asking, answers)]);
          }}
        />
      )}
      {sorted.length === 0 ? (
        <p className="imports__empty">{t('imports.empty')}</p>
      ) : (
        <ul className="imports__list" data-testid="imports-list">
          {sorted.map((snapshot) => (
            <SnapshotItem
              key={snapshot.id}
              snapshot={snapshot}
              onRemove={() => void remove(snapshot.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SnapshotItem({ snapshot, onRemove }: { snapshot: Snapshot; onRemove: () => void }) {
  const totals = areasBySide(snapshot);
  const t = useT();
  const lang = useLang();
  const km2 = (value: number) => formatNumber(value, lang, 1);
  return (
    <li data-testid="imported-snapshot">
      <div className="imports__item-head">
        <strong>{snapshot.date ?? t('imports.noDate')}</strong>
        <span className="imports__source">{snapshot.source}</span>
        <span className="imports__size">{formatBytes(snapshot.bytes)}</span>
        {snapshot.local ? (
          <span className="imports__size" title={t('imports.localHint')}>
            {t('imports.local')}
          </span>
        ) : (
          <button
            type="button"
            onClick={onRemove}
            aria-label={t('imports.removeLabel', { source: snapshot.source })}
          >
            {t('imports.remove')}
          </button>
        )}
      </div>
      <dl className="imports__areas">
        {ASSESSED_SIDES.filter((side) => totals[side].kursk + totals[side].sumy > 0).map((side) => (
          <div key={side} data-side={side}>
            <dt>{assessedSideNames(t)[side]}</dt>
            <dd>
              {t('imports.areasByOblast', {
                kursk: km2(totals[side].kursk),
                sumy: km2(totals[side].sumy),
              })}
            </dd>
          </div>
        ))}
      </dl>
      {snapshot.notes.length > 0 && (
        <ul className="imports__notes">
          {snapshot.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
