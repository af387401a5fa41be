/** RGBA pixels in the shape map.addImage accepts (ImageData-like, no canvas needed). */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Colour-blind-safe pair (ColorBrewer PuOr/RdBu ends): orange for Russia, blue for Ukraine. */
export const SIDE_COLOURS = { ru: '#e08214', ua: '#2166ac' } as const;

const TILE = 8;
/** The ground between hatch lines or dots: a faint tint of the side's colour. */
const TINT_ALPHA = 56;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function paint(hex: string, alpha: number, on: (x: number, y: number) => boolean): PatternImage {
  const [r, g, b] = rgb(hex);
  const data = new Uint8ClampedArray(TILE * TILE * 4);
  for (let y = 0; y < TILE; y++) {
    for (let x = 0; x < TILE; x++) {
      const i = (y * TILE + x) * 4;
      data.set([r, g, b, on(x, y) ? alpha : TINT_ALPHA], i);
    }
  }
  return { width: TILE, height: TILE, data };
}

/**
 * Zone fills carry a pattern as well as a colour so the two sides stay apart in greyscale and
 * for colour-blind readers: diagonal hatching for Russia-held claims, a dot grid for Ukraine-held,
 * on a faint tint of the same colour (one fill layer draws both). The hatch wraps at the tile
 * edge so tiles join into continuous lines.
 */
export const ZONE_PATTERNS = {
  'zone-pattern-ru': paint(SIDE_COLOURS.ru, 230, (x, y) => (x - y + TILE) % TILE < 2),
  'zone-pattern-ua': paint(
    SIDE_COLOURS.ua,
    230,
    (x, y) => (x === 2 || x === 3) && (y === 2 || y === 3),
  ),
} as const;

export type ZonePatternId = keyof typeof ZONE_PATTERNS;

/** The zone pattern called `id`, or undefined for any other image name. */
export function zonePattern(id: string): PatternImage | undefined {
  return Object.hasOwn(ZONE_PATTERNS, id) ? ZONE_PATTERNS[id as ZonePatternId] : undefined;
}
