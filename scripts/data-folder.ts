import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../src/data/read-dataset';
import type { Archive } from '../src/data/consistency-rules';
import type { PlaceRule, ValidationResult } from '../src/data/validate-dataset';

/**
 * The data files in `dir`, read and validated by the reader the page uses; a missing file is
 * reported like any other bad file.
 */
export function readDataFolder(
  dir: string,
  archive?: Archive,
  placeRule?: PlaceRule,
): ValidationResult {
  return readDataset(
    (file) => {
      const path = join(dir, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    archive,
    placeRule,
  );
}
