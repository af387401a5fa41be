import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * How long a new map may stay undrawn waiting for all its data. Past this the map draws what it
 * has, as MapLibre does by default, so a slow online basemap cannot leave it blank.
 */
const HOLD_FRAMES_MAX_MS = 10_000;

/**
 * The MapLibre internals this module reads: the painter that issues a frame's draw calls, and
 * whether the frame's label placement is unfinished (it then continues in the next frame).
 */
interface Internals {
  painter?: { render?: (...args: unknown[]) => void };
  _placementDirty?: boolean;
}

/**
 * Skips drawing the map's frames until everything in its style has loaded and its labels are
 * placed, then draws the whole first view at once (issue #15). MapLibre draws a frame each time
 * one of the ~15 sources or its glyphs arrives, and on a slow machine label placement spills into
 * a second frame; on software WebGL each frame costs 100–250 ms of CPU that the worker and the
 * page need to finish loading, so the complete view came later. MapLibre still runs its frame
 * loop (it requests tiles and places labels in it), only the draw calls are held. Returns the
 * undo, which also runs by itself at the first frame drawn or after `maxMs`. Does nothing if
 * MapLibre's painter changes shape, so an upgrade degrades to progressive drawing, never to a
 * blank map.
 */
export function holdFramesUntilLoaded(map: MapLibreMap, maxMs = HOLD_FRAMES_MAX_MS): () => void {
  const internals = map as unknown as Internals;
  const painter = internals.painter;
  const draw = painter?.render;
  if (!painter || typeof draw !== 'function') return () => {};
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    painter.render = draw;
    clearTimeout(timer);
  };
  const giveUp = () => {
    release();
    map.triggerRepaint();
  };
  painter.render = function (this: unknown, ...args: unknown[]) {
    // A reader who moves the map before its labels settle sees it at once.
    const placed = internals._placementDirty !== true || map.isMoving();
    if (!map.loaded() || !placed) return;
    release();
    draw.apply(this, args);
  };
  const timer = setTimeout(giveUp, maxMs);
  return release;
}
