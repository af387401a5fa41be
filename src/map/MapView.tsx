import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { useAppStoreApi } from '../app/store-context';
import { exposeMap } from './automation-hook';
import { BASEMAP_ATTRIBUTION } from './basemap-style';
import { withEvidenceOverlay } from './evidence-layers';
import { framePadding, initialBounds } from './initial-frame';
import { MapContext } from './map-context';
import { maplibregl } from './maplibre-setup';
import { ZONE_PATTERNS } from './pattern-images';

interface MapViewProps {
  /** The offline basemap, or an online style URL (VITE_BASEMAP_STYLE). */
  basemap: string | StyleSpecification;
  /** The offline style, whose bundled fonts the overlay labels need on any basemap. */
  offlineStyle: StyleSpecification;
  children?: ReactNode;
}

const EVIDENCE_ATTRIBUTION = 'Evidence: see sources in the panel';
const NARROW_MAP = 640;

/**
 * The only component that constructs the map. It is created in an effect and removed in the
 * cleanup (StrictMode mounts twice), and children (the binding hooks) render only once it has
 * loaded. The camera belongs to MapLibre and its `#map=` hash, not to the store.
 */
export function MapView({ basemap, offlineStyle, children }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const store = useAppStoreApi();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { day, view, selectedPlaceId, dataset } = store.getState();
    const fonts = offlineStyle['font-faces'];
    const instance = new maplibregl.Map({
      container,
      style: basemap,
      // Composes the overlay onto whichever basemap loads, offline object or fetched URL.
      transformStyle: (_previous, next) =>
        withEvidenceOverlay(
          { ...next, 'font-faces': { ...fonts, ...next['font-faces'] } },
          { day, view, selectedPlace: selectedPlaceId },
        ),
      hash: 'map',
      bounds: initialBounds(dataset?.places ?? null),
      fitBoundsOptions: { padding: framePadding(container.clientWidth) },
      fadeDuration: 0,
      attributionControl: false,
    });
    instance.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new maplibregl.FullscreenControl(), 'top-right');
    instance.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.addControl(
      new maplibregl.AttributionControl({
        compact: true,
        customAttribution: [BASEMAP_ATTRIBUTION, EVIDENCE_ATTRIBUTION],
      }),
      'bottom-right',
    );
    // MapLibre opens the compact attribution at first; on a phone it would cover a third of the map.
    if (container.clientWidth < NARROW_MAP) {
      container
        .querySelector('.maplibregl-compact-show')
        ?.classList.remove('maplibregl-compact-show');
    }
    const unexpose = exposeMap(instance);
    instance.once('load', () => {
      for (const [id, image] of Object.entries(ZONE_PATTERNS)) instance.addImage(id, image);
      setMap(instance);
    });
    return () => {
      setMap(null);
      unexpose();
      instance.remove();
    };
  }, [store, basemap, offlineStyle]);

  return (
    <div ref={containerRef} className="map-view" data-testid="map">
      {map && <MapContext.Provider value={map}>{children}</MapContext.Provider>}
    </div>
  );
}
