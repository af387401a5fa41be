import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { COMBINED_VIEW } from '../data/vocabulary';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store-context';
import { ShownDayProvider, useShownDay } from '../state/shown-day';
import { AreaFigures } from './AreaFigures';
import { AreaChart } from './area-chart/AreaChart';
import { buildEvidenceIndex } from '../evidence/evidence-index';
import { DayEvents } from './DayEvents';
import { PlaceList } from './PlaceList';
import { PlacePanel } from './PlacePanel';
import { ZonePanel } from './ZonePanel';
import type { ZoneStatus } from '../zones/combined-status';
import './evidence-panel.css';
import './place-detail.css';

const ComparePanel = lazy(() => import('./ComparePanel'));

/** The place listbox's id (one panel per page). */
const PLACE_LIST_ID = 'place-list';

/**
 * The evidence side panel (bottom sheet on phones): the selected place or zone with its claims and
 * sources, or else the searchable list of every place. Reads the store, so the layout can mount
 * it anywhere; `deferred` keeps it at "loading" (the page shows the map first).
 */
export function EvidencePanel({ deferred = false }: { deferred?: boolean }) {
  return (
    <ShownDayProvider>
      <PanelContent deferred={deferred} />
    </ShownDayProvider>
  );
}

/** The panel itself, on the deferred day: a scrub draws the map before it re-renders this. */
function PanelContent({ deferred }: { deferred: boolean }) {
  const t = useT();
  const status = useAppStore((state) => state.status);
  const dataset = useAppStore((state) => state.dataset);
  const day = useShownDay();
  const selectedPlaceId = useAppStore((state) => state.selectedPlaceId);
  const selectedZone = useAppStore((state) => state.selectedZone);
  const zones = useAppStore((state) => state.zones);
  const selectPlace = useAppStore((state) => state.selectPlace);
  const selectedEntry = useAppStore((state) => state.selectedEntry);
  const comparing = useAppStore((state) => state.compareDay !== null);
  const index = useMemo(
    () => (dataset && !deferred ? buildEvidenceIndex(dataset) : null),
    [dataset, deferred],
  );
  // Each place's status on the day in the combined view, for the list's wording.
  const statuses = useMemo(() => {
    const onDay = new Map<string, ZoneStatus>();
    for (const interval of zones?.views[COMBINED_VIEW] ?? []) {
      if (interval.from <= day && day < interval.to) onDay.set(interval.place, interval.status);
    }
    return onDay;
  }, [zones, day]);
  const statusOf = (placeId: string) => statuses.get(placeId);

  // When the list comes back, the place whose panel just closed (by any route: Back, Escape, the
  // browser's Back) takes the focus; a zone closing, or a place closed earlier, does not.
  const previousPlace = useRef<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const open = selectedPlaceId !== null || selectedZone !== null;
  useEffect(() => {
    setReturnFocusTo(open ? null : previousPlace.current);
    previousPlace.current = selectedPlaceId;
  }, [open, selectedPlaceId]);

  const backToList = () => selectPlace(null);

  // Escape closes an open place or zone (unless something inside handled it first).
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      selectPlace(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, selectPlace]);
  const place = selectedPlaceId ? index?.places.get(selectedPlaceId) : undefined;

  let content;
  if (!index) {
    content = (
      <p className="ep-muted" role="status">
        {status === 'error' ? t('app.loadError') : t('panel.loading')}
      </p>
    );
  } else if (place) {
    content = (
      <PlacePanel
        place={place}
        day={day}
        index={index}
        onBack={backToList}
        selectedEntry={selectedEntry}
      />
    );
  } else if (selectedZone && zones) {
    content = (
      <ZonePanel
        zone={selectedZone}
        day={day}
        index={index}
        zones={zones}
        onBack={backToList}
        onSelectPlace={selectPlace}
      />
    );
  } else {
    content = (
      <>
        {selectedPlaceId && (
          <p className="ep-notice" role="status">
            {t('panel.noSuchPlace', { id: selectedPlaceId })}
          </p>
        )}
        {comparing && (
          <Suspense fallback={<p className="ep-muted">{t('panel.compare.loading')}</p>}>
            <ComparePanel index={index} />
          </Suspense>
        )}
        <DayEvents day={day} index={index} onSelect={selectPlace} />
        <PlaceList
          places={index.dataset.places}
          onSelect={selectPlace}
          listId={PLACE_LIST_ID}
          statusOf={statusOf}
          returnFocusTo={returnFocusTo}
        />
        <AreaChart day={day} index={index} />
        <AreaFigures day={day} index={index} />
      </>
    );
  }

  return (
    <section
      id="evidence-panel"
      tabIndex={-1}
      data-testid="evidence-panel"
      className="evidence-panel"
      aria-label={t('panel.label')}
    >
      {content}
    </section>
  );
}
