import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { holdFramesUntilLoaded } from './hold-frames';

/** The parts of a MapLibre map the hold reads, with a frame that draws if the painter lets it. */
function fakeMap() {
  const drawn: number[] = [];
  const fake = {
    isLoaded: false,
    _placementDirty: false,
    moving: false,
    repaints: 0,
    painter: { render: (frame: number) => void drawn.push(frame) },
    loaded: () => fake.isLoaded,
    isMoving: () => fake.moving,
    triggerRepaint: () => void (fake.repaints += 1),
    frame: (n: number) => fake.painter.render(n),
  };
  return { fake, map: fake as unknown as MapLibreMap, drawn };
}

describe('holdFramesUntilLoaded', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('draws no frame before everything has loaded, then every frame', () => {
    const { fake, map, drawn } = fakeMap();
    holdFramesUntilLoaded(map, 1000);
    fake.frame(1);
    fake.frame(2);
    fake.isLoaded = true;
    fake.frame(3);
    // After the first drawn frame, frames draw even while new tiles load (panning must not freeze).
    fake.isLoaded = false;
    fake.frame(4);
    expect(drawn).toEqual([3, 4]);
    expect(fake.repaints).toBe(0);
  });

  it('waits for the labels to be placed, unless the reader moves the map', () => {
    const { fake, map, drawn } = fakeMap();
    holdFramesUntilLoaded(map, 1000);
    fake.isLoaded = true;
    fake._placementDirty = true;
    fake.frame(1);
    fake._placementDirty = false;
    fake.frame(2);
    expect(drawn).toEqual([2]);

    const moved = fakeMap();
    holdFramesUntilLoaded(moved.map, 1000);
    moved.fake.isLoaded = true;
    moved.fake._placementDirty = true;
    moved.fake.moving = true;
    moved.fake.frame(1);
    expect(moved.drawn).toEqual([1]);
  });

  it('gives up after the wait and draws what it has', () => {
    const { fake, map, drawn } = fakeMap();
    holdFramesUntilLoaded(map, 1000);
    fake.frame(1);
    vi.advanceTimersByTime(999);
    expect(fake.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(fake.repaints).toBe(1);
    fake.frame(2);
    expect(drawn).toEqual([2]);
  });

  it('is undone by the returned function (the map is being removed)', () => {
    const { fake, map, drawn } = fakeMap();
    const release = holdFramesUntilLoaded(map, 1000);
    release();
    fake.frame(1);
    vi.advanceTimersByTime(2000);
    expect(drawn).toEqual([1]);
    expect(fake.repaints).toBe(0);
  });

  it('leaves a map without the expected painter alone', () => {
    const { fake, map } = fakeMap();
    const painter = {};
    (fake as { painter: unknown }).painter = painter;
    expect(() => holdFramesUntilLoaded(map, 1000)()).not.toThrow();
    expect(painter).toEqual({});
  });
});
