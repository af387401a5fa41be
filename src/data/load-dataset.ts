import { CONTENT_HASHES_FILE, checkedByBuild, sha256Hex } from './content-hashes';
import { DATA_FILE_NAMES, DATA_KINDS, FILE_OF_KIND } from './data-files';
import type { FileText } from './read-dataset';
import type { Dataset } from './schema';
import type { ValidationResult } from './validate-dataset';

/** A served file's text, or why it could not be fetched (undefined: the server has none). */
async function fetchText(url: string, fetchFn: typeof fetch = fetch): Promise<FileText> {
  return (await fetchFile(url, fetchFn, false)).text;
}

/** A fetched file's text and, when it arrived and was asked for, the SHA-256 of its bytes. */
interface FetchedFile {
  text: FileText;
  digest: Promise<string> | null;
}

/**
 * A served file's text and the digest the build's content hashes are compared with (`hash`),
 * started as soon as its bytes arrive.
 */
export async function fetchFile(
  url: string,
  fetchFn: typeof fetch = fetch,
  hash = true,
): Promise<FetchedFile> {
  try {
    const response = await fetchFn(url);
    // The servers answer 404 for a data file they do not have (scripts/vite-data-plugin.ts).
    if (response.status === 404) return { text: undefined, digest: null };
    if (!response.ok) {
      return { text: { failure: `could not be fetched: HTTP ${response.status}` }, digest: null };
    }
    const bytes = await response.arrayBuffer();
    const digest = hash && globalThis.crypto?.subtle ? sha256Hex(bytes) : null;
    // Rejections are handled where the digests are awaited; none may go unhandled before.
    digest?.catch(() => undefined);
    return { text: new TextDecoder().decode(bytes), digest };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { text: { failure: `could not be fetched: ${reason}` }, digest: null };
  }
}

const HASHES = new WeakMap<typeof fetch, Map<string, Promise<FileText>>>();

/**
 * The build's content hashes (see {@link CONTENT_HASHES_FILE}), fetched once per page however
 * many loaders ask: the data loader and the chart's.
 */
export function fetchContentHashes(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<FileText> {
  const fetched = HASHES.get(fetchFn) ?? new Map<string, Promise<FileText>>();
  HASHES.set(fetchFn, fetched);
  const url = `${baseUrl}data/${CONTENT_HASHES_FILE}`;
  const hashes = fetched.get(url) ?? fetchText(url, fetchFn);
  fetched.set(url, hashes);
  return hashes;
}

/** Served files' texts by file name, and whether all are exactly what the build checked. */
export interface FetchedFiles {
  texts: Record<string, FileText>;
  checkedByBuild: boolean;
}

/**
 * Fetches the data files and `extra` served files (derived ones) in parallel, with the build's
 * content hashes. `baseUrl` is Vite's BASE_URL, so it ends in `/`.
 */
export async function fetchDataFiles(
  baseUrl: string,
  extra: readonly string[] = [],
  fetchFn: typeof fetch = fetch,
): Promise<FetchedFiles> {
  const get = (file: string) => fetchFile(`${baseUrl}data/${file}`, fetchFn);
  const [hashes, ...fetched] = await Promise.all([
    fetchContentHashes(baseUrl, fetchFn),
    ...[...DATA_FILE_NAMES, ...extra].map(async (file) => [file, await get(file)] as const),
  ]);
  const texts = Object.fromEntries(fetched.map(([file, { text }]) => [file, text]));
  const digests = Object.fromEntries(fetched.map(([file, { digest }]) => [file, digest]));
  return { texts, checkedByBuild: await checkedByBuild(digests, hashes) };
}

/**
 * The data files exactly as the build checked them (every record passed): parsed, not validated
 * again, so the first view does not wait for zod.
 */
export function parseCheckedDataset(texts: Readonly<Record<string, FileText>>): ValidationResult {
  const dataset = Object.fromEntries(
    DATA_KINDS.map((kind) => [kind, JSON.parse(texts[FILE_OF_KIND[kind]] as string) as unknown]),
  ) as unknown as Dataset;
  return { dataset, rejections: [], unreadable: [] };
}

/** Validates fetched texts with the one reader (src/data/read-dataset.ts), loaded on demand. */
export async function validateTexts(
  texts: Readonly<Record<string, FileText>>,
): Promise<ValidationResult> {
  const { readDataset } = await import('./read-dataset');
  return readDataset((file) => texts[file]);
}

/**
 * Fetches every data file in parallel and, unless the build checked exactly these texts,
 * validates them without the archive (the browser has no source texts). A file that fails to
 * arrive costs only its own records, exactly like a malformed one, and its rejection says why.
 */
export async function loadDataset(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<ValidationResult> {
  const files = await fetchDataFiles(baseUrl, [], fetchFn);
  return files.checkedByBuild ? parseCheckedDataset(files.texts) : validateTexts(files.texts);
}
