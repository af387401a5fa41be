import { lazy, startTransition, Suspense, useCallback, useMemo, useState } from 'react';
import { buildOverlayFeatures } from '../map/features/build';
import { buildFileUrl } from '../map/build-file-url';
import { EvidencePanel } from '../panel/EvidencePanel';
import { createBasemapStyle, resolveBasemapStyle } from '../map/basemap-style';
import { NOTO_SANS_URLS } from '../map/font-urls';
import { Legend } from '../map/Legend';
import { LEGEND_OPEN_LAYOUT } from '../map/initial-frame';
import { MapBindings } from '../map/MapBindings';
import { MapView, type MapOverlay } from '../map/MapView';
import { Timeline } from '../timeline/Timeline';
import { ImportedLayer } from '../imports/ImportedLayer';
import { ImportsEntry } from '../imports/ImportsEntry';
import { EvidenceSheet } from './EvidenceSheet';
import { ShareMenu } from './ShareMenu';
import { RejectionsBanner } from './RejectionsBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { useAppStore, useAppStoreApi } from '../state/store-context';
import { useLoadData } from './use-load-data';
import { useMediaQuery } from './use-media-query';
import { useUrlSync } from './use-url-sync';
import { useLangSync } from './use-lang-sync';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useT } from '../i18n/use-t';
import { COMBINED_VIEW } from '../data/vocabulary';

const CompareLayer = lazy(() => import('../map/CompareLayer'));

/** Built once: a new style object would make MapView rebuild the map. */
const OFFLINE_STYLE = createBasemapStyle({
  origin: `${window.location.origin}${import.meta.env.BASE_URL}`,
  fontUrls: NOTO_SANS_URLS,
});
const BASEMAP = resolveBasemapStyle(
  { VITE_BASEMAP_STYLE: import.meta.env.VITE_BASEMAP_STYLE as string | undefined },
  OFFLINE_STYLE,
);

/** With no data the map still shows the basemap, under the error message. */
const NO_OVERLAY: MapOverlay = { features: null, places: [], view: COMBINED_VIEW };

/**
 * Page layout: header, full-page map with legend, evidence panel (column or bottom sheet) and
 * the timeline. Holds no map logic; the map overlay is built once per dataset here.
 */
export function App() {
  useUrlSync();
  useLangSync();
  useLoadData();
  const t = useT();
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.status);
  const dataset = useAppStore((s) => s.dataset);
  const zones = useAppStore((s) => s.zones);
  const checkedByBuild = useAppStore((s) => s.checkedByBuild);
  const loadError = useAppStore((s) => s.loadError);
  const comparing = useAppStore((s) => s.compareDay !== null);
  const legendOpen = useMediaQuery(LEGEND_OPEN_LAYOUT);
  // The panel's first full render waits for the map's construction and then yields to its
  // frames (a transition): rendering and laying out the place list first held the map back.
  const [panelShown, setPanelShown] = useState(false);
  const showPanel = useCallback(() => startTransition(() => setPanelShown(true)), []);
  const overlay = useMemo((): MapOverlay | null => {
    if (status === 'error') return NO_OVERLAY;
    if (!dataset || !zones) return null;
    // The view at load only: later view changes swap the view's sources (useViewSources), as
    // a new overlay would rebuild the map.
    const { view } = store.getState();
    const fileUrl = checkedByBuild ? buildFileUrl : null;
    return {
      features: buildOverlayFeatures(dataset, zones, fileUrl, view),
      places: dataset.places,
      view,
    };
  }, [store, status, dataset, zones, checkedByBuild]);

  return (
    <div className="app" data-status={status} data-testid="app">
      {/* Past the map's 43 place markers and the legend, straight to the controls. */}
      <nav className="skip-links" aria-label={t('app.skipLinks')}>
        <a href="#date-slider">{t('app.skipToTimeline')}</a>
        <a href="#evidence-panel">{t('app.skipToPanel')}</a>
      </nav>
      <header className="app__header">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
        <ImportsEntry />
        <LanguageSwitcher />
      </header>
      <RejectionsBanner />
      <main className="app__map">
        <MapView
          basemap={BASEMAP}
          offlineStyle={OFFLINE_STYLE}
          overlay={overlay}
          onCreated={showPanel}
        >
          <MapBindings sourcesView={overlay?.view ?? COMBINED_VIEW} />
          <ImportedLayer />
          {comparing && (
            <Suspense fallback={null}>
              <CompareLayer />
            </Suspense>
          )}
          {/* Remounts across the breakpoint so the legend's open state follows the layout. */}
          <ShareMenu />
          <Legend key={String(legendOpen)} initiallyOpen={legendOpen} />
        </MapView>
        <UpdatePrompt />
        {status === 'loading' && (
          <p className="app__notice" role="status">
            {t('app.loading')}
          </p>
        )}
        {status === 'error' && (
          <div className="app__notice app__notice--error" role="alert">
            <strong>{t('app.loadError')}</strong> {loadError} {t('app.loadErrorRetry')}
          </div>
        )}
      </main>
      <EvidenceSheet>
        <EvidencePanel deferred={!panelShown} />
      </EvidenceSheet>
      <footer className="app__timeline">
        <Timeline />
      </footer>
    </div>
  );
}
