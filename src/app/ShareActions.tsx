import { useState } from 'react';
import { COMBINED_VIEW } from '../data/vocabulary';
import { useLang, useT } from '../i18n/use-t';
import { useMap } from '../map/map-context';
import type { AppState } from '../state/store';
import { useAppStoreApi } from '../state/store-context';
import { citationLine, shareUrl } from './share';
import { urlStateOf } from './use-url-sync';

type Outcome = { text: string; kind: 'done' | 'failed' };

/** Copies `text`; false when the clipboard is not available or refused. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The share menu's actions: share the link (Web Share API where the browser has it, else
 * copied), copy a one-line citation, and download the view as PNG, GeoJSON or CSV. Loaded when
 * the menu first opens; the export code is a further chunk, loaded on the first export.
 */
export default function ShareActions() {
  const map = useMap();
  const store = useAppStoreApi();
  const t = useT();
  const lang = useLang();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const viewName = (state: AppState) =>
    state.view === COMBINED_VIEW
      ? t('compare.view.combined')
      : (state.dataset?.claimants.find((c) => c.id === state.view)?.name ?? state.view);
  const link = () => shareUrl(urlStateOf(store.getState()), window.location);

  const shareLink = async () => {
    const url = link();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: t('app.title'), url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    const copied = await copy(url);
    setOutcome({
      text: copied ? t('app.share.linkCopied', { url }) : t('app.share.copyByHand', { text: url }),
      kind: 'done',
    });
  };

  const copyCitation = async () => {
    const state = store.getState();
    const citation = citationLine(
      {
        title: t('app.title'),
        day: state.day,
        compareDay: state.compareDay,
        viewName: viewName(state),
        url: link(),
        accessed: new Date(),
      },
      t,
      lang,
    );
    const copied = await copy(citation);
    setOutcome({
      text: copied
        ? t('app.share.citeCopied', { citation })
        : t('app.share.copyByHand', { text: citation }),
      kind: 'done',
    });
  };

  const runExport = async (format: 'png' | 'geojson' | 'csv') => {
    const state = store.getState();
    try {
      const actions = await import('./export-actions');
      const file =
        format === 'png'
          ? await actions.exportPng(map, state, viewName(state), t, lang)
          : format === 'geojson'
            ? actions.exportGeoJson(state)
            : actions.exportCsv(state);
      setOutcome({ text: t('app.share.saved', { file }), kind: 'done' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ text: t('app.share.failed', { reason }), kind: 'failed' });
    }
  };

  return (
    <>
      <div className="share-menu__items">
        <button type="button" onClick={() => void shareLink()}>
          {t('app.share.link')}
        </button>
        <button type="button" onClick={() => void copyCitation()}>
          {t('app.share.cite')}
        </button>
        <button type="button" onClick={() => void runExport('png')}>
          {t('app.share.png')}
        </button>
        <button type="button" onClick={() => void runExport('geojson')}>
          {t('app.share.geojson')}
        </button>
        <button type="button" onClick={() => void runExport('csv')}>
          {t('app.share.csv')}
        </button>
      </div>
      {outcome && (
        <output
          className={`share-menu__outcome share-menu__outcome--${outcome.kind}`}
          data-testid="share-outcome"
        >
          {outcome.text}
        </output>
      )}
    </>
  );
}
