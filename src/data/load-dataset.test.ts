import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_HASHES_FILE } from './content-hashes';
import { DATA_FILE_NAMES } from './data-files';
import { fetchDataFiles, loadDataset, parseCheckedDataset, validateTexts } from './load-dataset';

const VALID = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'data', 'valid');

/**
 * Serves the valid fixture, except for the files listed, which fail as given, and `hashes` as the
 * build's content hashes (none by default: the fixture was not built).
 */
function fakeFetch(
  broken: Record<string, 'http-404' | 'http-500' | 'network' | 'bad-json' | 'empty'> = {},
  hashes?: string,
) {
  return vi.fn(async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input);
    const file = url.replace(/^.*\/data\//, '');
    if (file === CONTENT_HASHES_FILE) {
      return new Response(hashes ?? 'Not Found', { status: hashes ? 200 : 404 });
    }
    const failure = broken[file];
    if (failure === 'network') throw new TypeError('Failed to fetch');
    if (failure === 'http-500') return new Response('oops', { status: 500 });
    if (failure === 'http-404') return new Response('Not Found', { status: 404 });
    if (failure === 'empty') return new Response('', { status: 200 });
    if (failure === 'bad-json') return new Response('[{', { status: 200 });
    return new Response(readFileSync(join(VALID, file), 'utf8'), { status: 200 });
  });
}

describe('loadDataset', () => {
  it('fetches every data file under baseUrl and keeps every valid record', async () => {
    const fetchFn = fakeFetch();
    const { dataset, rejections } = await loadDataset('/front/', fetchFn);
    expect(rejections).toEqual([]);
    expect(fetchFn.mock.calls.map(([url]) => url)).toContain('/front/data/claims.json');
    expect(fetchFn).toHaveBeenCalledTimes(8);
    expect(dataset.claims.map((c) => c.id)).toEqual(['cl-1', 'cl-2']);
  });

  it('turns an HTTP error into a rejection of that file only', async () => {
    const { dataset, rejections } = await loadDataset(
      '/',
      fakeFetch({ 'area-figures.json': 'http-500' }),
    );
    expect(rejections).toEqual([
      {
        file: 'area-figures.json',
        recordId: null,
        field: null,
        message: 'could not be fetched: HTTP 500',
      },
    ]);
    expect(dataset.areaFigures).toEqual([]);
    expect(dataset.claims).toHaveLength(2);
  });

  it('turns a network failure into a rejection and keeps a claim whose event it lost', async () => {
    const { dataset, rejections } = await loadDataset('/', fakeFetch({ 'events.json': 'network' }));
    expect(rejections).toEqual([
      {
        file: 'events.json',
        recordId: null,
        field: null,
        message: 'could not be fetched: Failed to fetch',
      },
      {
        file: 'claims.json',
        recordId: 'cl-1',
        field: 'event',
        message:
          'unknown event "ev-1" (events.json could not be read); the record is kept and drawn without this link',
        index: 0,
        kept: true,
      },
    ]);
    expect(dataset.claims.map((c) => c.id)).toEqual(['cl-1', 'cl-2']);
    expect(dataset.claims[0]).not.toHaveProperty('event');
    expect(dataset.claims[0]?.sources).toEqual(['src-a']);
    expect(dataset.places).toHaveLength(2);
  });

  it('validates what arrives: a malformed file is rejected by name, the rest loads', async () => {
    const { dataset, rejections } = await loadDataset(
      '/',
      fakeFetch({ 'evacuations.json': 'bad-json' }),
    );
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ file: 'evacuations.json', recordId: null });
    expect(rejections[0]?.message).toMatch(/^not valid JSON/);
    expect(dataset.sources).toHaveLength(2);
  });

  it('reports a file the server does not have (404) as missing', async () => {
    const { rejections } = await loadDataset('/', fakeFetch({ 'area-figures.json': 'http-404' }));
    expect(rejections).toEqual([
      { file: 'area-figures.json', recordId: null, field: null, message: 'file is missing' },
    ]);
  });

  it('reports an empty file as empty', async () => {
    const { rejections } = await loadDataset('/', fakeFetch({ 'area-figures.json': 'empty' }));
    expect(rejections).toEqual([
      {
        file: 'area-figures.json',
        recordId: null,
        field: null,
        message: expect.stringMatching(/^file is empty/) as unknown as string,
      },
    ]);
  });
});

/** The content hashes the build would write for the valid fixture. */
const FIXTURE_HASHES = JSON.stringify(
  Object.fromEntries(
    DATA_FILE_NAMES.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(VALID, file), 'utf8'))
        .digest('hex'),
    ]),
  ),
);

describe('content hashes: texts the build checked are parsed, not validated again', () => {
  it('trusts the texts when every hash matches, and parsing gives what validating gives', async () => {
    const files = await fetchDataFiles('/', [], fakeFetch({}, FIXTURE_HASHES));
    expect(files.checkedByBuild).toBe(true);
    expect(parseCheckedDataset(files.texts)).toEqual(await validateTexts(files.texts));
  });

  it('validates when a file differs from the one the build checked', async () => {
    const fetchFn = fakeFetch({ 'evacuations.json': 'bad-json' }, FIXTURE_HASHES);
    expect((await fetchDataFiles('/', [], fetchFn)).checkedByBuild).toBe(false);
    const { rejections } = await loadDataset('/', fetchFn);
    expect(rejections[0]?.message).toMatch(/^not valid JSON/);
  });

  it('validates a file whose bytes are not valid UTF-8, though its decoded text was recorded', async () => {
    const bytes = Buffer.concat([Buffer.from('[', 'utf8'), Buffer.from([0xff]), Buffer.from(']')]);
    // What the build would record: the hash of the file read as UTF-8 text (U+FFFD for 0xff).
    const recorded = createHash('sha256').update(bytes.toString('utf8'), 'utf8').digest('hex');
    const hashes = JSON.stringify({ ...JSON.parse(FIXTURE_HASHES), 'claimants.json': recorded });
    const served = fakeFetch({}, hashes);
    const fetchFn = vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith('/claimants.json')
        ? new Response(bytes, { status: 200 })
        : served(input),
    );
    expect((await fetchDataFiles('/', [], fetchFn)).checkedByBuild).toBe(false);
  });

  it('validates when the build recorded no hashes (it rejected records) or none arrive', async () => {
    for (const hashes of ['{}', undefined, 'not json']) {
      const files = await fetchDataFiles('/', [], fakeFetch({}, hashes));
      expect(files.checkedByBuild, String(hashes)).toBe(false);
    }
  });
});
