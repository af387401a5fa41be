import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { perFeature } from './per-feature';

/** The one text font; its glyphs come from the bundled woff2 files via `font-faces`, not a glyph server. */
const BASEMAP_FONT = 'Noto Sans Regular';

/** Unicode ranges of the @fontsource/noto-sans latin and cyrillic subsets (from its 400.css). */
const LATIN_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const CYRILLIC_RANGE = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

/** Credits the data in public/basemap (see its README); for the map's attribution control. */
export const BASEMAP_ATTRIBUTION =
  '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a> (ODbL)' +
  ' · <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)' +
  ' · <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** Muted, colour-blind-safe country tints (cool blue-grey vs warm sand), so overlays stand out. */
const BASEMAP_COLORS = {
  background: '#f1f1ee',
  ua: '#dce5ed',
  ru: '#ece2d2',
  oblast: '#8d939c',
  border: '#2b2b2b',
  label: '#3d4046',
  halo: '#ffffff',
} as const;

const SOURCES = ['countries', 'border', 'oblasts', 'oblast-labels', 'towns'] as const;

const zoomed = (pairs: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...pairs] as ExpressionSpecification;

/** "Native\nLatin" (Latin smaller), or Latin alone when no sourced native name exists. */
/**
 * Native name first (Cyrillic), the Latin name smaller under it, as on bilingual road signs; used
 * by every place label, basemap and evidence alike.
 */
export function bilingualLabel(latinProperty: string, latinScale: number): ExpressionSpecification {
  return [
    'format',
    ['get', 'name_native'],
    {},
    '\n',
    {},
    ['get', latinProperty],
    { 'font-scale': latinScale },
  ];
}

const TOWN_LABEL: ExpressionSpecification = [
  'case',
  ['has', 'name_native'],
  bilingualLabel('name', 0.8),
  ['get', 'name'],
];

function layers(): LayerSpecification[] {
  const text = { 'text-font': [BASEMAP_FONT], 'text-line-height': 1.1 };
  const halo = {
    'text-color': perFeature(BASEMAP_COLORS.label),
    'text-halo-color': BASEMAP_COLORS.halo,
  };
  return [
    {
      id: 'basemap-background',
      type: 'background',
      paint: { 'background-color': BASEMAP_COLORS.background },
    },
    {
      id: 'basemap-country-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['match', ['get', 'country'], 'UA', BASEMAP_COLORS.ua, BASEMAP_COLORS.ru],
      },
    },
    {
      id: 'basemap-oblast-line',
      type: 'line',
      source: 'oblasts',
      paint: {
        'line-color': perFeature(BASEMAP_COLORS.oblast),
        'line-width': zoomed([6, 0.6, 12, 1.4]),
        'line-dasharray': [4, 2],
      },
    },
    {
      id: 'basemap-border-casing',
      type: 'line',
      source: 'border',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(BASEMAP_COLORS.border),
        'line-opacity': 0.3,
        'line-width': zoomed([6, 3, 12, 7]),
      },
    },
    {
      id: 'basemap-border-line',
      type: 'line',
      source: 'border',
      paint: {
        'line-color': perFeature(BASEMAP_COLORS.border),
        'line-width': zoomed([6, 1.2, 12, 2.2]),
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: 'basemap-oblast-label',
      type: 'symbol',
      source: 'oblast-labels',
      maxzoom: 10,
      layout: {
        ...text,
        'text-field': bilingualLabel('name_en', 0.85),
        'text-size': zoomed([6, 11, 10, 14]),
        'text-letter-spacing': 0.08,
      },
      paint: { ...halo, 'text-opacity': 0.75, 'text-halo-width': 1.2 },
    },
    {
      id: 'basemap-town-circle',
      type: 'circle',
      source: 'towns',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'population'], 1000, 2.5, 400000, 6],
        'circle-color': perFeature(BASEMAP_COLORS.label),
        'circle-stroke-color': perFeature(BASEMAP_COLORS.halo),
        'circle-stroke-width': perFeature(1),
      },
    },
    {
      id: 'basemap-town-label',
      type: 'symbol',
      source: 'towns',
      layout: {
        ...text,
        'text-field': TOWN_LABEL,
        'text-size': ['interpolate', ['linear'], ['get', 'population'], 1000, 11, 400000, 15],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'symbol-sort-key': ['-', ['get', 'population']],
      },
      paint: { ...halo, 'text-halo-width': 1.5 },
    },
  ];
}

/**
 * The offline basemap: same-origin GeoJSON from public/basemap and bundled fonts, so the map works with
 * no network beyond the app's own origin. `origin` is the app's absolute base URL (origin + Vite base).
 * Overlays are composed on top by the map component.
 */
export function createBasemapStyle(opts: {
  origin: string;
  fontUrls: { latin: string; cyrillic: string };
}): StyleSpecification {
  const base = opts.origin.replace(/\/+$/, '');
  const abs = (url: string) => new URL(url, `${base}/`).href;
  return {
    version: 8,
    name: 'Kursk–Sumy offline basemap',
    'font-faces': {
      [BASEMAP_FONT]: [
        { url: abs(opts.fontUrls.latin), 'unicode-range': LATIN_RANGE },
        { url: abs(opts.fontUrls.cyrillic), 'unicode-range': CYRILLIC_RANGE },
      ],
    },
    sources: Object.fromEntries(
      SOURCES.map((id) => [id, { type: 'geojson', data: `${base}/basemap/${id}.geojson` }]),
    ),
    layers: layers(),
  };
}

/**
 * Optional online basemap: a deployer may set VITE_BASEMAP_STYLE to an http(s) style URL. Anything
 * else (unset, empty, relative, other schemes) keeps the offline style, so a typo cannot break the map.
 */
export function resolveBasemapStyle(
  env: { VITE_BASEMAP_STYLE?: string },
  offline: StyleSpecification,
): string | StyleSpecification {
  const raw = env.VITE_BASEMAP_STYLE?.trim();
  if (!raw) return offline;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : offline;
  } catch {
    return offline;
  }
}
