import { describe, expect, it } from 'vitest';
import { packTiles, readTilePack } from './tile-pack';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('tile packs', () => {
  const tiles = new Map([
    ['0/0/0', bytes(1, 2, 3)],
    ['11/1222/684', bytes(9)],
    ['5/3/4', bytes(7, 7)],
  ]);

  it('read back every tile it packed, byte for byte, and null for any other', () => {
    const pack = readTilePack(packTiles(tiles, 11).buffer as ArrayBuffer);
    expect(pack.maxzoom).toBe(11);
    expect([...(pack.tile(0, 0, 0) ?? [])]).toEqual([1, 2, 3]);
    expect([...(pack.tile(11, 1222, 684) ?? [])]).toEqual([9]);
    expect([...(pack.tile(5, 3, 4) ?? [])]).toEqual([7, 7]);
    expect(pack.tile(5, 4, 3)).toBeNull();
  });

  it('say what is wrong with a damaged pack instead of drawing garbage', () => {
    const whole = packTiles(tiles, 11);
    expect(() => readTilePack(new ArrayBuffer(2))).toThrow('shorter than its header');
    expect(() => readTilePack(whole.slice(0, 10).buffer)).toThrow('cut short in its index');
    expect(() => readTilePack(whole.slice(0, whole.length - 1).buffer)).toThrow(
      'cut short in tile 5/3/4',
    );
  });
});
