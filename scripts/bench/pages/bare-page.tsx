import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeMap } from '../../../src/map/automation-hook';
import { createBasemapStyle } from '../../../src/map/basemap-style';
import { NOTO_SANS_URLS } from '../../../src/map/font-urls';
import { FRAME_PADDING, initialBounds } from '../../../src/map/initial-frame';
import { maplibregl } from '../../../src/map/maplibre-setup';

/**
 * The comparison page for the benchmark: React plus one MapLibre map with the app's own basemap
 * style, camera and worker setup, and nothing else. Its cold start and bundle are the floor the
 * app is measured against.
 */
function BareMap() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: createBasemapStyle({ origin: window.location.origin, fontUrls: NOTO_SANS_URLS }),
      bounds: initialBounds(null),
      fitBoundsOptions: { padding: FRAME_PADDING },
      fadeDuration: 0,
    });
    const unexpose = exposeMap(map);
    return () => {
      unexpose();
      map.remove();
    };
  }, []);
  return <div ref={container} style={{ position: 'absolute', inset: 0 }} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BareMap />
    </StrictMode>,
  );
}
