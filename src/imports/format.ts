import type { AssessedSide } from '../importer/types';
import type { Translate } from '../i18n/setup';

/**
 * Side names for imported assessments, in the active language: what the file says, not a claim
 * of the project.
 */
export const assessedSideNames = (t: Translate): Record<AssessedSide, string> => ({
  ua: t('imports.side.ua'),
  ru: t('imports.side.ru'),
  unknown: t('imports.side.unknown'),
});

/** Colours of the imported layer: the project's side colours, grey for unknown. */
export const ASSESSED_COLOURS: Record<AssessedSide, string> = {
  ua: '#2166ac',
  ru: '#e08214',
  unknown: '#6b6b6b',
};

/** `512 KB`, `1.2 MB`. */
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
