import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { createBasemapStyle, resolveBasemapStyle } from './basemap-style';

const ORIGIN = 'http://127.0.0.1:4173';
const style = createBasemapStyle({
  origin: ORIGIN,
  fontUrls: {
    latin: '/assets/noto-sans-latin-400-normal.woff2',
    cyrillic: '/assets/noto-sans-cyrillic-400-normal.woff2',
  },
});

describe('createBasemapStyle', () => {
  it('passes the MapLibre style-spec validation', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('references no URL off the given origin', () => {
    const urls = JSON.stringify(style).match(/[a-z][a-z0-9+.-]*:\/\/[^"\s]*/gi) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/`))).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it('loads the basemap GeoJSON from <origin>/basemap/', () => {
    const data = Object.values(style.sources).map((s) => (s.type === 'geojson' ? s.data : null));
    expect(data).toContain(`${ORIGIN}/basemap/border.geojson`);
    expect(data).toContain(`${ORIGIN}/basemap/towns.geojson`);
  });

  it('has font faces covering Latin and Cyrillic for every text font used', () => {
    const faces = style['font-faces']?.['Noto Sans Regular'];
    expect(Array.isArray(faces)).toBe(true);
    const ranges = (Array.isArray(faces) ? faces : []).flatMap((f) => f['unicode-range'] ?? []);
    expect(ranges).toContain('U+0000-00FF');
    expect(ranges).toContain('U+0400-045F');
    const fonts = style.layers.flatMap((l) =>
      l.type === 'symbol' ? ((l.layout?.['text-font'] as string[] | undefined) ?? []) : [],
    );
    expect(new Set(fonts)).toEqual(new Set(['Noto Sans Regular']));
  });

  it('has unique layer ids and every layer source defined', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of style.layers) if ('source' in l) expect(style.sources).toHaveProperty(l.source);
  });
});

describe('resolveBasemapStyle', () => {
  it.each([
    undefined,
    '',
    '   ',
    'not a url',
    '/style.json',
    'ftp://x/style.json',
    'javascript:alert(1)',
  ])('falls back to the offline style for %j', (value) => {
    expect(resolveBasemapStyle({ VITE_BASEMAP_STYLE: value }, style)).toBe(style);
  });

  it('uses an http(s) style URL when set', () => {
    const url = 'https://tiles.example.org/styles/basic/style.json';
    expect(resolveBasemapStyle({ VITE_BASEMAP_STYLE: ` ${url} ` }, style)).toBe(url);
    expect(resolveBasemapStyle({ VITE_BASEMAP_STYLE: 'http://localhost:8080/s.json' }, style)).toBe(
      'http://localhost:8080/s.json',
    );
  });
});
