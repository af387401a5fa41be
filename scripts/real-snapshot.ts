import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { OBLAST_LAND_FILE } from '../src/importer/types';
import { checkRealSnapshot, TOLERANCE } from './real-snapshot-check';

/**
 * `REAL_SNAPSHOT=/path/to/1724716800.geojson npm run import:check-real`: holds a real DeepState
 * snapshot, kept outside the repository (its licence forbids sharing it), against the importer.
 * `REAL_SNAPSHOT_KM2=<km²>` adds a figure stated for that snapshot's Ukrainian-held Kursk area.
 */
const path = process.env.REAL_SNAPSHOT;
if (!path) {
  console.error('Set REAL_SNAPSHOT=/path/to/a DeepState GeoJSON snapshot (kept outside the repo).');
  process.exit(2);
}
const stated = process.env.REAL_SNAPSHOT_KM2 ? Number(process.env.REAL_SNAPSHOT_KM2) : null;
const oblastLand = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'public', 'basemap', OBLAST_LAND_FILE), 'utf8'),
);
const result = checkRealSnapshot(
  { name: basename(path), bytes: new Uint8Array(readFileSync(path)) },
  oblastLand,
  stated,
);
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)} %`);
console.log(`${basename(path)}: date ${result.date ?? 'none (a dialog would ask)'}`);
if (result.unmapped.length > 0) console.log(`  unrecognised: ${result.unmapped.join('; ')}`);
console.log(`  Ukrainian-held in Kursk oblast: ours ${result.ours.toFixed(1)} km²`);
console.log(`  turf on the raw file: ${result.turf.toFixed(1)} km² (off ${pct(result.offTurf)})`);
if (stated !== null) console.log(`  stated: ${stated} km² (off ${pct(result.offStated)})`);
console.log(`${result.pass ? 'PASS' : 'FAIL'} (tolerance ${TOLERANCE * 100} %, no dialog)`);
process.exit(result.pass ? 0 : 1);
