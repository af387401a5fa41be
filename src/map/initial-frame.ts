import type { LngLatBoundsLike } from 'maplibre-gl';
import type { Place } from '../data/schema';

/** The places the opening view must show: the front from Sumy to Korenevo. */
const FRAME_PLACE_IDS = ['sumy', 'sudzha', 'korenevo', 'myropillia', 'yunakivka'] as const;

/**
 * Their coordinates as data/places.json records them, used only until the dataset (the source
 * of truth for locations) has loaded, so the first frame is already right.
 */
const RECORDED_BOUNDS: [[number, number], [number, number]] = [
  [34.8028, 50.9119],
  [35.2706, 51.4119],
];

/** Bounds around the frame places that the dataset locates; the recorded box otherwise. */
export function initialBounds(places: readonly Place[] | null): LngLatBoundsLike {
  const located = (places ?? []).flatMap((place) =>
    (FRAME_PLACE_IDS as readonly string[]).includes(place.id) && place.location
      ? [place.location]
      : [],
  );
  if (located.length === 0) return RECORDED_BOUNDS;
  const lons = located.map((l) => l.lon);
  const lats = located.map((l) => l.lat);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/**
 * Where the legend starts open: wide and tall screens. Elsewhere it starts folded to a strip
 * (at 1280×800 the open legend covered a third of the map), so it needs no room in the frame.
 */
export const LEGEND_OPEN_LAYOUT = '(min-width: 768px) and (min-height: 900px)';
const LEGEND_WIDTH = 310;

/** The most of the map's width or height the padding may take, so the places keep room. */
const MAX_PADDING_SHARE = 0.4;

/**
 * Room around the framed places for labels, the controls and (when it is open) the legend. In a
 * map of `size` too small for it (a phone with a linked place's sheet open leaves ~145 px), each
 * axis' padding shrinks in proportion: MapLibre cannot fit bounds into less than nothing and fell
 * back to zoom 0, a world map.
 */
export function framePadding(legendOpen: boolean, size?: { width: number; height: number }) {
  const legend = legendOpen ? LEGEND_WIDTH : 0;
  // Zone labels sit above their cells: the top needs room for two lines of them.
  const padding = { top: 90, bottom: 80, left: 60 + legend, right: 60 };
  if (!size) return padding;
  const scale = (room: number, used: number) => Math.min(1, (room * MAX_PADDING_SHARE) / used);
  const vertical = scale(size.height, padding.top + padding.bottom);
  const horizontal = scale(size.width, padding.left + padding.right);
  return {
    top: Math.floor(padding.top * vertical),
    bottom: Math.floor(padding.bottom * vertical),
    left: Math.floor(padding.left * horizontal),
    right: Math.floor(padding.right * horizontal),
  };
}

/** Padding for pages without the legend (benchmarks, bare maps). */
export const FRAME_PADDING = framePadding(false);
