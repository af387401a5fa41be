import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * How long a new map may stay undrawn waiting for all its data. Past this the map draws what it
 * has, as MapLibre does by default, so a slow online basemap cannot leave it blank.
 */
const HOLD_FRAMES_MAX_MS = 10_000;

/** The one MapLibre internal this module touches: the painter that issues a frame's draw calls. */
interface WithPainter {
  painter?: { render?: (...args: unknown[]) => void };
}

/**
 * Skips drawing the map's frames until everything in its style has loaded, then draws the whole
 * first view at once (issue #15). MapLibre draws a frame each time one of the ~15 sources or its
 * glyphs arrives; on software WebGL each such frame costs 100–250 ms of CPU that the worker and
 * the page need to finish loading, so the complete view came later. MapLibre still runs its
 * frame loop (it requests tiles from it), only the draw calls are held. Returns the undo, which
 * also runs by itself at `load` or after `maxMs`. Does nothing if MapLibre's painter changes
 * shape, so an upgrade degrades to progressive drawing, never to a blank map.
 */
export function holdFramesUntilLoaded(map: MapLibreMap, maxMs = HOLD_FRAMES_MAX_MS): () => void {
  const painter = (map as unknown as WithPainter).painter;
  const draw = painter?.render;
  if (!painter || typeof draw !== 'function') return () => {};
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    painter.render = draw;
    clearTimeout(timer);
    map.off('load', release);
  };
  // At `load` the complete view was just drawn; after the wait, what has loaded is drawn now.
  const giveUp = () => {
    release();
    map.triggerRepaint();
  };
  painter.render = function (this: unknown, ...args: unknown[]) {
    // `load` fires right after the first frame drawn with everything loaded.
    if (map.loaded()) draw.apply(this, args);
  };
  const timer = setTimeout(giveUp, maxMs);
  map.on('load', release);
  return release;
}
