import { readFileSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OBLAST_LAND_FILE } from '../src/importer/types';
import { deepStateApiSnapshot, deepStateSnapshot } from '../tests/fixtures/imports/fixtures';
import { checkRealSnapshot } from './real-snapshot-check';

const oblastLand = JSON.parse(readFileSync(`public/basemap/${OBLAST_LAND_FILE}`, 'utf8'));

describe('the check against a real snapshot (run on our DeepState-layout fixtures)', () => {
  it('passes a file the importer reads without a dialog and measures as turf does', () => {
    const result = checkRealSnapshot(deepStateSnapshot(), oblastLand, null);
    expect(result.withoutDialog).toBe(true);
    expect(result.turf).toBeGreaterThan(100);
    expect(result.offTurf).toBeLessThan(0.005);
    expect(result.pass).toBe(true);
    expect(checkRealSnapshot(deepStateApiSnapshot(), oblastLand, null).pass).toBe(true);
  });

  it('fails when a stated figure disagrees by more than 3 %', () => {
    const { ours } = checkRealSnapshot(deepStateSnapshot(), oblastLand, null);
    expect(checkRealSnapshot(deepStateSnapshot(), oblastLand, ours * 1.02).pass).toBe(true);
    expect(checkRealSnapshot(deepStateSnapshot(), oblastLand, ours * 1.05).pass).toBe(false);
  });

  it('fails when the importer would have to ask for the date', () => {
    const undated = { name: 'snapshot.geojson', bytes: deepStateSnapshot().bytes };
    expect(checkRealSnapshot(undated, oblastLand, null).withoutDialog).toBe(false);
    expect(checkRealSnapshot(undated, oblastLand, null).pass).toBe(false);
    const empty = {
      name: '1724716800.geojson',
      bytes: strToU8(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x /// geoJSON.status.occupied"},"geometry":{"type":"Polygon","coordinates":[[[35.1,51.1],[35.2,51.1],[35.2,51.2],[35.1,51.1]]]}}]}',
      ),
    };
    expect(checkRealSnapshot(empty, oblastLand, null).pass).toBe(false);
  });
});
