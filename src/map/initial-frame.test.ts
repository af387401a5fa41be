import { describe, expect, it } from 'vitest';
import { framePadding } from './initial-frame';

describe('framePadding', () => {
  it('keeps the full padding where the map has room for it', () => {
    expect(framePadding(false, { width: 840, height: 670 })).toEqual(framePadding(false));
    expect(framePadding(true, { width: 1200, height: 900 }).left).toBe(370);
  });

  it('shrinks the padding of a small map so the framed places keep most of it', () => {
    const padding = framePadding(false, { width: 375, height: 145 });
    expect(padding.top + padding.bottom).toBeLessThanOrEqual(145 * 0.4);
    expect(padding.top).toBeGreaterThan(padding.bottom);
    expect(padding.left + padding.right).toBe(120);
  });
});
