import {
  validateStyleMin,
  type GeoJSONSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildOverlayFeatures, buildMapFeatures } from './features/build';
import { makeFixtureDataset } from '../test/fixtures';
import { passesFilter } from '../test/layer-filter';
import { DEFAULT_VISIBLE_LAYERS, LAYER_GROUPS } from '../state/layers-slice';
import { GLOBAL_STATE, OVERLAY_SOURCES } from './overlay-expressions';
import { DENSE_LABEL_MIN_ZOOM } from './label-layers';
import {
  layerGroup,
  overlayLayers,
  withEvidenceOverlay,
  CLICKABLE_PLACE_LAYERS,
  CLICKABLE_ZONE_LAYERS,
  ZONE_AREA_LAYERS,
} from './evidence-layers';
import { ZONE_PATTERNS, ZONE_STATUSES, zonePatternId } from './pattern-images';
import { buildZoneData } from '../zones/zone-data';
import { createBasemapStyle } from './basemap-style';
import { CELL_TILE_LAYER, CELL_TILE_MAXZOOM } from './features/cell-tiles';

const BARE = {
  version: 8 as const,
  sources: {},
  layers: [{ id: 'background', type: 'background' as const }],
};

const ALL_VISIBLE = DEFAULT_VISIBLE_LAYERS;

const filterOf = (layer: object): unknown => ('filter' in layer ? layer.filter : undefined);

const mentions = (value: unknown, needle: string): boolean =>
  JSON.stringify(value).includes(needle);

describe('overlayLayers', () => {
  const layers = overlayLayers();

  it('has unique ids', () => {
    const ids = layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every layer in a legend group', () => {
    for (const layer of layers) expect(LAYER_GROUPS).toContain(layerGroup(layer));
    for (const group of LAYER_GROUPS) {
      expect(layers.some((layer) => layerGroup(layer) === group)).toBe(true);
    }
  });

  it('filters every layer but the settlement labels by the global-state day, not by a baked-in date', () => {
    for (const layer of layers) {
      if (layer.id === 'settlements-label') continue;
      expect(mentions(filterOf(layer), `["global-state","${GLOBAL_STATE.day}"]`)).toBe(true);
    }
  });

  it('labels settlements from their own day- and view-independent source, unfiltered', () => {
    // A global-state clause in a symbol layer's filter reloads every tile of its source on each
    // change, so settlement labels must neither read the global state nor share a dated source.
    const label = layers.find((layer) => layer.id === 'settlements-label');
    expect(label && 'source' in label && label.source).toBe(OVERLAY_SOURCES.placeLabels);
    expect(OVERLAY_SOURCES.placeLabels).not.toBe(OVERLAY_SOURCES.places);
    expect(mentions(label ? (filterOf(label) ?? null) : null, 'global-state')).toBe(false);
    expect(mentions(label, 'global-state')).toBe(false);
    expect(mentions(label, 'start_day')).toBe(false);
    expect(
      layers.filter((layer) => 'source' in layer && layer.source === OVERLAY_SOURCES.placeLabels),
    ).toEqual([label]);
  });

  it('uses half-open [start_day, end_day) intervals', () => {
    const circle = layers.find((layer) => layer.id === 'settlements-circle');
    expect(circle && filterOf(circle)).toEqual([
      'all',
      ['<=', ['get', 'start_day'], ['global-state', 'day']],
      ['>', ['get', 'end_day'], ['global-state', 'day']],
      ['==', ['get', 'view'], ['global-state', 'view']],
    ]);
  });

  it('shows a place’s event marker on the seven days from each of its event days', () => {
    const events = layers.find((layer) => layer.id === 'events-marker');
    const properties = { start_day: 100, end_day: 127, event_days: ',100,120,' };
    const shownOn = (day: number) => passesFilter(events && filterOf(events), properties, { day });
    const shown = Array.from({ length: 30 }, (_, n) => 99 + n).filter(shownOn);
    expect(shown).toEqual([100, 101, 102, 103, 104, 105, 106, 120, 121, 122, 123, 124, 125, 126]);
  });

  it('fills each status’s cells with its own pattern, a constant per layer', () => {
    const areas = [...ZONE_AREA_LAYERS.zones, ...ZONE_AREA_LAYERS.implied].map((id) =>
      layers.find((layer) => layer.id === id),
    );
    for (const status of ZONE_STATUSES) {
      const cell = { placeId: 'p', view: 'all', status, start_day: 1, end_day: 9 };
      const filling = areas.filter((layer) =>
        passesFilter(layer && filterOf(layer), cell, { day: 5, view: 'all' }, 'polygon'),
      );
      expect(filling.map((layer) => layer?.paint)).toEqual([
        expect.objectContaining({ 'fill-pattern': zonePatternId(status) }),
      ]);
    }
  });

  it('labels settlements in both scripts with the offline font', () => {
    const label = layers.find((layer) => layer.id === 'settlements-label');
    expect(mentions(label, 'name_native')).toBe(true);
    expect(mentions(label, 'name_en')).toBe(true);
    expect(mentions(label, 'Noto Sans Regular')).toBe(true);
  });

  it('only makes existing layers clickable', () => {
    const ids = new Set(layers.map((layer) => layer.id));
    for (const id of [...CLICKABLE_PLACE_LAYERS, ...CLICKABLE_ZONE_LAYERS]) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it('reads only its own sources', () => {
    const sources = new Set<string>(Object.values(OVERLAY_SOURCES));
    for (const layer of layers) {
      expect('source' in layer && sources.has(layer.source as string)).toBe(true);
    }
  });
});

describe('withEvidenceOverlay', () => {
  it('declares the global state with the initial values', () => {
    const style = withEvidenceOverlay(
      BARE,
      { day: 20160, view: 'ru-mod', selectedPlace: null, visibleLayers: ALL_VISIBLE },
      null,
    );
    expect(style.state).toEqual({
      day: { default: 20160 },
      view: { default: 'ru-mod' },
      selectedPlace: { default: '' },
      settlementsShown: { default: true },
    });
  });

  it('is valid on top of the offline basemap, whose font the labels use', () => {
    const base = createBasemapStyle({
      origin: 'http://127.0.0.1:4173/',
      fontUrls: { latin: '/assets/latin.woff2', cyrillic: '/assets/cyrillic.woff2' },
    });
    const style = withEvidenceOverlay(
      base,
      { day: 20160, view: 'all', selectedPlace: null, visibleLayers: ALL_VISIBLE },
      null,
    );
    expect(validateStyleMin(style)).toEqual([]);
    expect(Object.keys(style['font-faces'] ?? {})).toContain('Noto Sans Regular');
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf('zones-outline')).toBeLessThan(ids.indexOf('basemap-border-casing'));
    expect(ids.indexOf('settlements-circle')).toBeGreaterThan(ids.indexOf('basemap-town-label'));
  });

  it('produces a valid style', () => {
    const style = withEvidenceOverlay(
      BARE,
      { day: 20160, view: 'all', selectedPlace: 'sudzha', visibleLayers: ALL_VISIBLE },
      null,
    );
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('names the settlements of a dense map from a closer zoom, and still validates', () => {
    const initial = { day: 20160, view: 'all', selectedPlace: null, visibleLayers: ALL_VISIBLE };
    const names = (located: number) =>
      withEvidenceOverlay(BARE, initial, null, located).layers.find(
        (layer) => layer.id === 'settlements-label',
      );
    expect(names(44)?.minzoom).toBeUndefined();
    expect(names(10_000)?.minzoom).toBe(DENSE_LABEL_MIN_ZOOM);
    expect(validateStyleMin(withEvidenceOverlay(BARE, initial, null, 10_000))).toEqual([]);
  });

  it('carries the features in its sources, so they load with the basemap', () => {
    const dataset = makeFixtureDataset();
    const features = buildMapFeatures(dataset, buildZoneData(dataset, null), 'all');
    const style = withEvidenceOverlay(
      BARE,
      { day: 20160, view: 'all', selectedPlace: null, visibleLayers: ALL_VISIBLE },
      features,
    );
    expect(validateStyleMin(style)).toEqual([]);
    const data = (id: string) => (style.sources[id] as GeoJSONSourceSpecification).data;
    expect(data(OVERLAY_SOURCES.places)).toBe(features.placeStatus);
    expect(data(OVERLAY_SOURCES.placeLabels)).toBe(features.placeLabels);
    expect(data(OVERLAY_SOURCES.zones)).toBe(features.zones);
    expect(data(OVERLAY_SOURCES.zoneLabels)).toBe(features.zoneLabels);
    expect(data(OVERLAY_SOURCES.events)).toBe(features.events);
    expect(data(OVERLAY_SOURCES.evacuations)).toBe(features.evacuations);
  });

  it("reads the cells from the build's tiles when given their URL, and stays valid", () => {
    const dataset = makeFixtureDataset();
    const zones = buildZoneData(dataset, null);
    const fileUrl = (file: string) => `http://127.0.0.1/data/${file}`;
    const features = buildOverlayFeatures(dataset, zones, fileUrl, 'all');
    const initial = { day: 20160, view: 'all', selectedPlace: null, visibleLayers: ALL_VISIBLE };
    const style = withEvidenceOverlay(BARE, initial, features);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources[OVERLAY_SOURCES.zones]).toEqual({
      type: 'vector',
      tiles: [features.zones],
      maxzoom: CELL_TILE_MAXZOOM,
    });
    const cellLayers = style.layers.filter(
      (layer) => 'source' in layer && layer.source === OVERLAY_SOURCES.zones,
    );
    expect(cellLayers.length).toBe(
      ZONE_AREA_LAYERS.zones.length + ZONE_AREA_LAYERS.implied.length + 2,
    );
    for (const layer of cellLayers) expect(layer).toHaveProperty('source-layer', CELL_TILE_LAYER);
    const geojson = withEvidenceOverlay(BARE, initial, null).layers;
    expect(geojson.filter((layer) => 'source-layer' in layer)).toEqual([]);
  });

  it('turns paint transitions off, so changes show in the next frame', () => {
    const style = withEvidenceOverlay(
      BARE,
      { day: 20160, view: 'all', selectedPlace: null, visibleLayers: ALL_VISIBLE },
      null,
    );
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
  });

  it('writes the legend toggles into each layer, so nothing is restyled after load', () => {
    const visibleLayers = { ...ALL_VISIBLE, zones: false };
    const style = withEvidenceOverlay(
      BARE,
      { day: 20160, view: 'all', selectedPlace: null, visibleLayers },
      null,
    );
    for (const layer of overlayLayers()) {
      const styled = style.layers.find((candidate) => candidate.id === layer.id);
      const expected = layerGroup(layer) === 'zones' ? 'none' : 'visible';
      expect(styled && 'layout' in styled && styled.layout?.visibility).toBe(expected);
    }
  });

  it('has empty sources when there are no features', () => {
    const style = withEvidenceOverlay(
      BARE,
      { day: 20160, view: 'all', selectedPlace: null, visibleLayers: ALL_VISIBLE },
      null,
    );
    for (const id of Object.values(OVERLAY_SOURCES)) {
      expect((style.sources[id] as GeoJSONSourceSpecification).data).toEqual({
        type: 'FeatureCollection',
        features: [],
      });
    }
  });
});

describe('ZONE_PATTERNS', () => {
  it('are RGBA tiles of opaque hatch or dots on a faint tint', () => {
    for (const status of ['ru', 'ua', 'contested'] as const) {
      const image = ZONE_PATTERNS[status];
      expect(image.data.length).toBe(image.width * image.height * 4);
      const alphas = [...image.data.filter((_, i) => i % 4 === 3)];
      const marks = alphas.filter((a) => a > 128);
      const tint = alphas.filter((a) => a <= 128);
      expect(marks.length).toBeGreaterThan(0);
      expect(tint.length).toBeGreaterThan(marks.length);
      expect(Math.max(...tint)).toBeLessThan(Math.min(...marks) / 3);
      expect(Math.min(...tint)).toBeGreaterThan(0);
    }
  });

  it('stripe disputed cells in both sides’ colours', () => {
    const { data } = ZONE_PATTERNS.disputed;
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 128) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    }
    expect(colours).toEqual(new Set(['224,130,20', '33,102,172']));
  });

  it('draw implied holders fainter than stated ones: lighter tint and marks', () => {
    const alpha = (status: keyof typeof ZONE_PATTERNS) =>
      [...ZONE_PATTERNS[status].data.filter((_, i) => i % 4 === 3)].reduce((a, b) => a + b, 0);
    expect(alpha('ru-implied')).toBeLessThan(alpha('ru') / 2);
    expect(alpha('ua-implied')).toBeLessThan(alpha('ua') / 2);
  });
});
