import { DATA_FILE_NAMES } from './data-files';
import type { Archive } from './consistency-rules';
import { validateDataset, type PlaceRule, type ValidationResult } from './validate-dataset';

/** A data file's text; undefined when it does not exist; or why it could not be read. */
export type FileText = string | undefined | { failure: string };

/**
 * The one reader of the data files, shared by the page (texts fetched) and the data check and
 * build (texts read from disk): takes every file in dependency order through `read`, validates
 * them together, and reports a file that could not be read with the reason `read` gave.
 */
export function readDataset(
  read: (file: string) => FileText,
  archive?: Archive,
  placeRule?: PlaceRule,
): ValidationResult {
  const texts: Record<string, string | undefined> = {};
  const failures = new Map<string, string>();
  for (const file of DATA_FILE_NAMES) {
    const text = read(file);
    if (typeof text === 'object') failures.set(file, text.failure);
    else texts[file] = text;
  }
  const result = validateDataset(texts, archive, placeRule);
  // The validator only sees a missing file; the read failure is the more useful message.
  const rejections = result.rejections.map((r) => {
    const failure = failures.get(r.file);
    return failure !== undefined && r.recordId === null && r.field === null
      ? { ...r, message: failure }
      : r;
  });
  return { ...result, rejections };
}
