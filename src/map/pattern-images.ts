import type { ZoneStatus } from '../zones/combined-status';

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
/** Implied cells: a fainter tint and mark, so an inference never reads as a claim. */
const IMPLIED_TINT_ALPHA = 18;
const IMPLIED_MARK_ALPHA = 150;
const GREY = '#555555';

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** One tile; `pixel` gives each pixel's colour and alpha. */
function paintTile(pixel: (x: number, y: number) => [string, number]): PatternImage {
  const data = new Uint8ClampedArray(TILE * TILE * 4);
  for (let y = 0; y < TILE; y++) {
    for (let x = 0; x < TILE; x++) {
      const [hex, alpha] = pixel(x, y);
      data.set([...rgb(hex), alpha], (y * TILE + x) * 4);
    }
  }
  return { width: TILE, height: TILE, data };
}

/** A mark (where `on`) in one colour over a tint of the same colour. */
function paint(hex: string, mark: number, tint: number, on: (x: number, y: number) => boolean) {
  return paintTile((x, y) => [hex, on(x, y) ? mark : tint]);
}

/** Diagonal hatch, wrapping at the tile edge so tiles join into continuous lines. */
const hatch = (x: number, y: number) => (x - y + TILE) % TILE < 2;
const dot = (x: number, y: number) => (x === 2 || x === 3) && (y === 2 || y === 3);
const smallDot = (x: number, y: number) => x === 3 && y === 3;
const thinHatch = (x: number, y: number) => (x - y + TILE) % TILE === 0;

/** Every zone status, in legend order. */
export const ZONE_STATUSES: readonly ZoneStatus[] = [
  'ru',
  'ua',
  'ru-implied',
  'ua-implied',
  'disputed',
  'contested',
];

/**
 * Zone fills carry a pattern as well as a colour so the sides stay apart in greyscale and for
 * colour-blind readers: diagonal hatching for Russia-held, a dot grid for Ukraine-held, on a
 * faint tint of the same colour. Implied holders get the same marks, thinner and fainter;
 * disputed cells stripe both sides' colours; contested ones are grey cross-hatched.
 */
export const ZONE_PATTERNS: Readonly<Record<ZoneStatus, PatternImage>> = {
  ru: paint(SIDE_COLOURS.ru, 230, TINT_ALPHA, hatch),
  ua: paint(SIDE_COLOURS.ua, 230, TINT_ALPHA, dot),
  'ru-implied': paint(SIDE_COLOURS.ru, IMPLIED_MARK_ALPHA, IMPLIED_TINT_ALPHA, thinHatch),
  'ua-implied': paint(SIDE_COLOURS.ua, IMPLIED_MARK_ALPHA, IMPLIED_TINT_ALPHA, smallDot),
  disputed: paintTile((x, y) => {
    const band = (x - y + TILE) % TILE;
    return band < 2
      ? [SIDE_COLOURS.ru, 230]
      : band >= 4 && band < 6
        ? [SIDE_COLOURS.ua, 230]
        : [GREY, 30];
  }),
  contested: paint(GREY, 200, 40, (x, y) => hatch(x, y) || (x + y) % TILE < 1),
};

/** The style image id of a status's pattern. */
export function zonePatternId(status: ZoneStatus): string {
  return `zone-pattern-${status}`;
}

/** Every zone pattern by its image id, for map.addImage before the first tile asks for one. */
export function zonePatternImages(): [string, PatternImage][] {
  return ZONE_STATUSES.map((status) => [zonePatternId(status), ZONE_PATTERNS[status]]);
}
