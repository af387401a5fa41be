import { useEffect, useRef, useState, type ReactNode } from 'react';
import { translate, type Translate } from '../i18n/setup';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { useAppStoreApi } from '../state/store-context';
import { useT } from '../i18n/use-t';
import type { Place } from '../data/schema';
import type { OverlayFeatures } from './features/build';
import { exposeMap } from './automation-hook';
import { withoutDuplicateTowns } from './basemap-dedupe';
import { BASEMAP_ATTRIBUTION } from './basemap-style';
import { withEvidenceOverlay } from './evidence-layers';
import { framePadding, initialBounds, LEGEND_OPEN_LAYOUT } from './initial-frame';
import { MapContext } from './map-context';
import { holdFramesUntilLoaded } from './hold-frames';
import { maplibregl } from './maplibre-setup';
import { zonePatternImages } from './pattern-images';

/** What the map draws over the basemap; features are null when the data failed to load. */
export interface MapOverlay {
  features: OverlayFeatures | null;
  places: readonly Place[];
  /** The claims view whose collections `features` holds. */
  view: string;
}

interface MapViewProps {
  /** The offline basemap, or an online style URL (VITE_BASEMAP_STYLE). */
  basemap: string | StyleSpecification;
  /** The offline style, whose bundled fonts the overlay labels need on any basemap. */
  offlineStyle: StyleSpecification;
  /** Null while the data loads: the map is created once, with the evidence already in it. */
  overlay: MapOverlay | null;
  /** Called once the map is constructed (it then loads on its own); must be stable. */
  onCreated?: () => void;
  children?: ReactNode;
}

const NARROW_MAP = 640;

/** MapLibre's own control labels (zoom, fullscreen, attribution, scale) in the active language. */
function mapControlLocale(t: Translate): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'NavigationControl.ResetBearing': t('map.resetBearing'),
    'FullscreenControl.Enter': t('map.fullscreenEnter'),
    'FullscreenControl.Exit': t('map.fullscreenExit'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
    'ScaleControl.Kilometers': t('map.km'),
    'ScaleControl.Meters': t('map.m'),
  };
}

/**
 * The only component that constructs the map. It is created in an effect once the overlay is
 * known, with the evidence in its first style, so basemap and evidence load in one tile pass
 * (no setData, refit or restyle after load); it is removed in the cleanup (StrictMode mounts
 * twice). Children (the binding hooks) render only once it has loaded. The camera belongs to
 * MapLibre and its `#map=` hash, not to the store.
 */
export function MapView({ basemap, offlineStyle, overlay, onCreated, children }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const store = useAppStoreApi();
  const t = useT();

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !overlay) return;
    const { day, view, selectedPlaceId, visibleLayers } = store.getState();
    const fonts = offlineStyle['font-faces'];
    const locatedPlaces = overlay.places.filter((place) => place.location).length;
    const instance = new maplibregl.Map({
      container,
      style: basemap,
      // Composes the overlay onto whichever basemap loads, offline object or fetched URL.
      transformStyle: (_previous, next) =>
        withEvidenceOverlay(
          withoutDuplicateTowns(
            { ...next, 'font-faces': { ...fonts, ...next['font-faces'] } },
            overlay.places,
          ),
          { day, view, selectedPlace: selectedPlaceId, visibleLayers },
          overlay.features,
          locatedPlaces,
        ),
      // A camera in the URL (`#map=`) wins over these bounds.
      hash: 'map',
      bounds: initialBounds(overlay.places),
      fitBoundsOptions: {
        padding: framePadding(window.matchMedia(LEGEND_OPEN_LAYOUT).matches, {
          width: container.clientWidth,
          height: container.clientHeight,
        }),
      },
      fadeDuration: 0,
      attributionControl: false,
      // MapLibre's controls keep the language the map was created in.
      locale: mapControlLocale(translate),
    });
    instance.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new maplibregl.FullscreenControl(), 'top-right');
    instance.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.addControl(
      new maplibregl.AttributionControl({
        compact: true,
        customAttribution: [BASEMAP_ATTRIBUTION, translate('map.attribution')],
      }),
      'bottom-right',
    );
    // MapLibre opens the compact attribution at first; on a phone it would cover a third of the map.
    if (container.clientWidth < NARROW_MAP) {
      container
        .querySelector('.maplibregl-compact-show')
        ?.classList.remove('maplibregl-compact-show');
    }
    // Resolved when the first tile asks for them, before MapLibre gives up on the image: a
    // `styleimagemissing` listener runs only after the tile was answered without it, which left
    // the zone fills of the first tiles unpatterned until a scrub rebuilt them (issue #11 item 5).
    const patterns = new Map(zonePatternImages());
    instance.setMissingStyleImageResolver((id) => {
      const image = patterns.get(id);
      if (image && !instance.hasImage(id)) instance.addImage(id, image);
    });
    const releaseFrames = holdFramesUntilLoaded(instance);
    const unexpose = exposeMap(instance);
    instance.once('load', () => setMap(instance));
    onCreated?.();
    return () => {
      setMap(null);
      releaseFrames();
      unexpose();
      instance.remove();
    };
  }, [store, basemap, offlineStyle, overlay, onCreated]);

  return (
    <div ref={containerRef} className="map-view" data-testid="map">
      {map && <MapContext.Provider value={map}>{children}</MapContext.Provider>}
      {/* The first view is drawn whole, once loaded (holdFramesUntilLoaded): until then, say so. */}
      {!map && overlay?.features && (
        <p className="map-view__notice" role="status">
          {t('map.drawing')}
        </p>
      )}
    </div>
  );
}
