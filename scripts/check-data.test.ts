import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckData, USAGE } from './check-data-run';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'data');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI the way contributors do, so the exit code and printed lines are what CI sees. */
function spawnCheckData(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/check-data.ts', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function fixtureArgs(name: string): string[] {
  const dir = join(FIXTURES, name);
  const archive = join(dir, 'archive');
  return existsSync(archive) ? ['--data', dir, '--archive', archive] : ['--data', dir];
}

/** One line the CLI must print for each failing fixture. */
const FAILING: Array<[fixture: string, line: string]> = [
  ['bad-json', 'area-figures.json: not valid JSON'],
  ['not-an-array', 'evacuations.json: must be a JSON array of records'],
  ['missing-file', 'events.json: file is missing'],
  ['empty-file', 'area-figures.json: file is empty'],
  ['schema-error', 'evacuations.json: record "evac-1" field settlements.count: Too small'],
  ['bad-geometry', 'places.json: record "west-of-map" field location.lon: longitude 30.52'],
  [
    'text-too-long',
    'events.json: record "ev-1" field summary: too long for a summary, note or quote: at most 1500 characters, this one has 2080',
  ],
  ['blank-text', 'area-figures.json: record "af-1" field note: must not be blank'],
  [
    'outside-operation-area',
    'places.json: record "romny" field location.lon: longitude 33.49 is outside the operation area (33.9 .. 36.4)',
  ],
  [
    'wrong-side-of-border',
    'places.json: record "khotin" field location: lies in UA, but country is RU (swapped lat/lon or a homonym?)',
  ],
  [
    'places-too-close',
    'places.json: record "sudzha-copy" field location: 178 m from place "sudzha"',
  ],
  ['duplicate-id', 'sources.json: record "src-b" field id: duplicate id "src-b"'],
  [
    'unknown-reference',
    'area-figures.json: record "af-1" field claimant: unknown claimant "ua-mod"',
  ],
  ['cascade', 'claims.json: record "cl-1" field event: references rejected event "ev-1"'],
  ['impossible-date', 'claims.json: record "cl-2" field from: must be a real date'],
  ['out-of-range-date', 'area-figures.json: record "af-1" field date: date 2205-08-20 is outside'],
  [
    'claim-without-source',
    'claims.json: record "cl-2" field sources: a claim needs at least one source',
  ],
  ['contradictory-claims', 'claims.json: record "cl-3" field holder: contradicts claim "cl-1"'],
  [
    'dated-before-source',
    'claims.json: record "cl-4" field from: dated 2024-05-01, 111 days before its earliest source "src-b"',
  ],
  [
    'claim-place-unlocated',
    'claims.json: record "cl-3" field place: place "yunakivka" has no location and no locationNote',
  ],
  [
    'excerpt-not-verbatim',
    'events.json: record "ev-2" field excerpts.0.quote: not an exact substring of a.txt',
  ],
  ['archive-file-missing', 'sources.json: record "src-c" field archiveFile: archive file c.txt'],
  [
    'quoted-source-without-archive-file',
    'events.json: record "ev-2" field excerpts.0.sourceId: source "src-b"',
  ],
];

function runInProcess(args: string[]): Run {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCheckData(args, {
    log: (line) => stdout.push(line),
    error: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const printed = (run: Run, line: string) =>
  run.stdout.split('\n').some((each) => each.startsWith(line));

describe('runCheckData', () => {
  it('returns 0 on the valid base fixture and prints the per-file summary', () => {
    const run = runInProcess(fixtureArgs('valid'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^0 problem\(s\)\. claimants\.json 2 ok; .*area-figures\.json 1 ok\. quotes checked against the archive\. \d+ ms$/,
    );
  });

  it.each(FAILING)('returns 1 on %s and prints the problem', (fixture, line) => {
    const run = runInProcess(fixtureArgs(fixture));
    expect(run.code).toBe(1);
    expect(printed(run, line)).toBe(true);
  });

  it('counts and groups 1,000 copies of one id as the banner does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
    cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as unknown[];
    const copies = Array.from({ length: 1_000 }, () => events[0]);
    writeFileSync(join(dir, 'events.json'), JSON.stringify([...copies, ...events.slice(1)]));
    const run = runInProcess(['--data', dir]);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('events.json'))).toEqual([
      'events.json: 1,000 records share id "ev-1": the first (index 0) is kept, the other 999 are skipped',
    ]);
    expect(run.stdout).toContain('events.json 1 ok, 999 rejected;');
  });

  it.each([[['--bogus']], [['--data']], [['extra-positional']], [['--data', 'no/such/dir']]])(
    'returns 2 with the usage on bad flags %j',
    (args) => {
      const run = runInProcess(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(USAGE);
    },
  );
});

// Spawning costs about a second each, so only one run per exit code goes through the real CLI.
describe('scripts/check-data.ts as a process', { timeout: 60_000 }, () => {
  it('exits 0 on the valid base fixture', async () => {
    const run = await spawnCheckData(...fixtureArgs('valid'));
    expect(run.code).toBe(0);
  });

  it('exits 1 and prints the problem on a failing fixture', async () => {
    const run = await spawnCheckData(...fixtureArgs('cascade'));
    expect(run.code).toBe(1);
    expect(
      printed(run, 'claims.json: record "cl-1" field event: references rejected event "ev-1"'),
    ).toBe(true);
  });

  it('exits 2 with the usage on a bad flag', async () => {
    const run = await spawnCheckData('--bogus');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(USAGE);
  });
});
