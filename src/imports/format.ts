import type { AssessedSide, Oblast } from '../importer/types';

/** Side names for imported assessments: what the file says, not a claim of the project. */
export const ASSESSED_SIDE_NAMES: Record<AssessedSide, string> = {
  ua: 'held by Ukraine',
  ru: 'held by Russia',
  unknown: 'grey / unknown',
};

/** Where the km² lie: each oblast's land inside the operation area. */
export const OBLAST_NAMES: Record<Oblast, string> = {
  kursk: 'Kursk oblast',
  sumy: 'Sumy oblast',
};

/** Colours of the imported layer: the project's side colours, grey for unknown. */
export const ASSESSED_COLOURS: Record<AssessedSide, string> = {
  ua: '#2166ac',
  ru: '#e08214',
  unknown: '#6b6b6b',
};

/** `1234.5 km²`. */
export const formatKm2 = (km2: number): string => `${km2.toFixed(1)} km²`;

/** `512 KB`, `1.2 MB`. */
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
