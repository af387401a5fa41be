import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../test/fixtures';
import { passesFilter } from '../test/layer-filter';
import { withoutDuplicateTowns } from './basemap-dedupe';
import { createBasemapStyle } from './basemap-style';

const BASE = createBasemapStyle({
  origin: 'http://127.0.0.1:4173/',
  fontUrls: { latin: '/latin.woff2', cyrillic: '/cyrillic.woff2' },
});

describe('withoutDuplicateTowns', () => {
  // Sudzha's real GeoNames id (public/basemap/towns.geojson), given to the fixture's Sudzha.
  const places = makeFixtureDataset().places.map((place) =>
    place.id === 'sudzha' && place.location
      ? { ...place, location: { ...place.location, geonameid: 486816 } }
      : place,
  );
  const style = withoutDuplicateTowns(BASE, places);
  const townLayers = style.layers.filter((layer) => layer.id.startsWith('basemap-town'));

  it('filters both town layers of the offline basemap', () => {
    expect(townLayers.map((layer) => layer.id).sort()).toEqual([
      'basemap-town-circle',
      'basemap-town-label',
    ]);
  });

  it('hides a town the evidence draws, by English name or GeoNames id, and keeps the rest', () => {
    for (const layer of townLayers) {
      const filter = 'filter' in layer ? layer.filter : undefined;
      expect(passesFilter(filter, { name: 'Sudzha', geonameid: 1 })).toBe(false);
      expect(passesFilter(filter, { name: 'Суджа', geonameid: 486816 })).toBe(false);
      expect(passesFilter(filter, { name: 'Glushkovo', geonameid: 560995 })).toBe(true);
    }
  });

  it('leaves a style without those layers, and an empty place list, unchanged', () => {
    const other = { version: 8 as const, sources: {}, layers: [] };
    expect(withoutDuplicateTowns(other, places)).toEqual(other);
    expect(withoutDuplicateTowns(BASE, [])).toBe(BASE);
  });
});
