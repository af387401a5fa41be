import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deepStateSnapshot,
  invalidJson,
  uaControlMapKmz,
  unrecognisedSnapshot,
} from '../tests/fixtures/imports/fixtures';
import { OBLAST_LAND_FILE, type Snapshot } from '../src/importer/types';
import { parseArgs, runImport } from './import-run';
import { localImportsMiddleware, localSnapshotFiles } from './local-imports';

const OBLAST_LAND = `public/basemap/${OBLAST_LAND_FILE}`;

/** A folder holding the given fixture files, as a user's download folder would. */
function folderWith(files: { name: string; bytes: Uint8Array }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'imports-in-'));
  for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
  return dir;
}

describe('npm run import', () => {
  it('imports a folder of GeoJSON and KMZ snapshots into the local-imports folder', () => {
    const input = folderWith([deepStateSnapshot(), uaControlMapKmz()]);
    const outDir = mkdtempSync(join(tmpdir(), 'imports-out-'));
    const { lines, ok } = runImport([input], { sides: {}, outDir, oblastLandPath: OBLAST_LAND });
    expect(ok).toBe(true);
    expect(localSnapshotFiles(outDir)).toEqual([
      '2024-08-27_1724716800.geojson.json',
      '2024-10-01_241001_1200.kmz.json',
    ]);
    const saved = JSON.parse(
      readFileSync(join(outDir, '2024-08-27_1724716800.geojson.json'), 'utf8'),
    ) as Snapshot;
    expect(saved.areas.features).toHaveLength(4);
    expect(lines[0]).toMatch(/^1724716800\.geojson: 2024-08-27 → .*ua \d+\.\d km² in Kursk oblast/);
  });

  it('names a file it cannot read, asks for --date, and takes --date and --side', () => {
    const input = folderWith([invalidJson(), unrecognisedSnapshot()]);
    const outDir = mkdtempSync(join(tmpdir(), 'imports-out-'));
    const refused = runImport([input], { sides: {}, outDir, oblastLandPath: OBLAST_LAND });
    expect(refused.ok).toBe(false);
    expect(refused.lines).toEqual([
      expect.stringMatching(/^broken\.geojson: is not valid JSON/),
      'my-assessment.geojson: has no date in a field or its name: pass --date YYYY-MM-DD',
    ]);
    const args = parseArgs([
      '--date',
      '2024-09-01',
      '--side',
      'Zone A=ru',
      join(input, 'my-assessment.geojson'),
    ]);
    const answered = runImport(args.paths, { ...args, outDir, oblastLandPath: OBLAST_LAND });
    expect(answered.ok).toBe(true);
    const [file] = localSnapshotFiles(outDir);
    const saved = JSON.parse(readFileSync(join(outDir, file!), 'utf8')) as Snapshot;
    expect(saved.date).toBe('2024-09-01');
    expect(saved.areas.features[0]?.properties.side).toBe('ru');
  });

  it('is served to the page as /local-imports/index.json and its files', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'imports-out-'));
    runImport([folderWith([deepStateSnapshot()])], {
      sides: {},
      outDir,
      oblastLandPath: OBLAST_LAND,
    });
    const middleware = localImportsMiddleware(outDir);
    const server = createServer((req, res) => middleware(req, res, () => res.writeHead(418).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const index = (await (await fetch(`${base}/local-imports/index.json`)).json()) as string[];
      expect(index).toEqual(['2024-08-27_1724716800.geojson.json']);
      const snapshot = (await (
        await fetch(`${base}/local-imports/${index[0]}`)
      ).json()) as Snapshot;
      expect(snapshot.source).toBe('1724716800.geojson');
      expect((await fetch(`${base}/local-imports/%2e%2e%2fpackage.json`)).status).toBe(404);
      expect((await fetch(`${base}/other`)).status).toBe(418);
    } finally {
      server.close();
    }
  });
});
