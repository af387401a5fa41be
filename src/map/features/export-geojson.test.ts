import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../data/dates';
import { makeFixtureDataset } from '../../test/fixtures';
import { placeChanges } from '../../zones/compare';
import { buildZoneData } from '../../zones/zone-data';
import { exportFeatureCollection, type ExportLayers } from './export-geojson';

const ALL: ExportLayers = {
  settlements: true,
  zones: true,
  implied: true,
  evacuations: true,
  events: true,
};
const DAY = toDayNumber('2025-03-13');

function fixture() {
  const dataset = makeFixtureDataset();
  const zones = buildZoneData(dataset, {
    maxRadiusKm: 10,
    cells: {
      sudzha: {
        site: [35.2706, 51.1914],
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [35.2, 51.1],
              [35.3, 51.1],
              [35.3, 51.2],
              [35.2, 51.1],
            ],
          ],
        },
        areaKm2: 12,
      },
    },
  });
  return { dataset, zones };
}

describe('exportFeatureCollection', () => {
  it('is valid GeoJSON in which every feature cites a URL and names the date and view', () => {
    const { dataset, zones } = fixture();
    const collection = exportFeatureCollection(dataset, zones, {
      day: DAY,
      view: 'all',
      layers: ALL,
      eventWindowDays: 7,
    });
    expect(() => check(JSON.stringify(collection))).not.toThrow();
    const layers = collection.features.map((f) => f.properties?.layer);
    expect(new Set(layers)).toEqual(
      new Set(['zone-cell', 'settlement', 'evacuation-order', 'event']),
    );
    for (const feature of collection.features) {
      expect(
        feature.properties?.citation_urls.length,
        JSON.stringify(feature.properties),
      ).toBeGreaterThan(0);
      expect(feature.properties).toMatchObject({ date_shown: '2025-03-13', view: 'all' });
    }
    const cell = collection.features.find((f) => f.properties?.layer === 'zone-cell');
    expect(cell?.properties?.claimants).toContain('Russian Defence Ministry');
    expect(cell?.properties?.claim_dates).toContain('2025-03-13');
  });

  it('leaves out the groups switched off, and adds the changes when comparing', () => {
    const { dataset, zones } = fixture();
    const from = toDayNumber('2024-08-20');
    const collection = exportFeatureCollection(dataset, zones, {
      day: DAY,
      view: 'ru-mod',
      layers: { ...ALL, settlements: false, events: false, evacuations: false },
      eventWindowDays: 7,
      compare: { from, to: DAY, changes: placeChanges(zones, dataset.claims, 'ru-mod', from, DAY) },
    });
    const layers = collection.features.map((f) => f.properties?.layer);
    expect(layers).toEqual(['zone-cell', 'change']);
    expect(collection.features[1]?.properties).toMatchObject({
      change: 'ru-gained',
      compared_from: '2024-08-20',
      compared_to: '2025-03-13',
    });
  });
});
