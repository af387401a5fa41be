import { DATA_FILE_NAMES } from './data-files';
import { readDataset, type FileText } from './read-dataset';
import type { ValidationResult } from './validate-dataset';

/** The file's text, or why it could not be fetched. */
async function fetchText(url: string, fetchFn: typeof fetch): Promise<FileText> {
  try {
    const response = await fetchFn(url);
    // The servers answer 404 for a data file they do not have (scripts/vite-data-plugin.ts).
    if (response.status === 404) return undefined;
    if (!response.ok) return { failure: `could not be fetched: HTTP ${response.status}` };
    return await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: `could not be fetched: ${reason}` };
  }
}

/**
 * Fetches every data file in parallel and validates them without the archive (the browser has no
 * source texts). A file that fails to arrive costs only its own records, exactly like a malformed
 * one, and its rejection says why. `baseUrl` is Vite's BASE_URL, so it ends in `/`.
 */
export async function loadDataset(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<ValidationResult> {
  const fetched = await Promise.all(
    DATA_FILE_NAMES.map(
      async (file) => [file, await fetchText(`${baseUrl}data/${file}`, fetchFn)] as const,
    ),
  );
  const texts = new Map(fetched);
  return readDataset((file) => texts.get(file));
}
