import { DATA_FILES } from './schema';
import { validateDataset, type ValidationResult } from './validate-dataset';

/** The file's text, or why it could not be fetched. */
async function fetchText(
  url: string,
  fetchFn: typeof fetch,
): Promise<string | { failure: string }> {
  try {
    const response = await fetchFn(url);
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
  const files = Object.values(DATA_FILES).map(({ file }) => file);
  const fetched = await Promise.all(
    files.map((file) => fetchText(`${baseUrl}data/${file}`, fetchFn)),
  );
  const texts: Record<string, string | undefined> = {};
  const failures = new Map<string, string>();
  files.forEach((file, i) => {
    const result = fetched[i];
    if (typeof result === 'string') texts[file] = result;
    else if (result) failures.set(file, result.failure);
  });
  const result = validateDataset(texts);
  // The validator only sees a missing file; the fetch failure is the more useful message.
  const rejections = result.rejections.map((r) => {
    const failure = failures.get(r.file);
    return failure !== undefined && r.recordId === null && r.field === null
      ? { ...r, message: failure }
      : r;
  });
  return { ...result, rejections };
}
