import { DATA_FILES } from './schema';

/** A record kind, keyed as in {@link DATA_FILES}. */
export type Kind = keyof typeof DATA_FILES;

/**
 * Every kind in dependency order: each refers only to kinds before it (the links are listed in
 * reference-rules.ts, and a test checks this order against them), so the validator resolves
 * references in one pass. Read in this order, never in DATA_FILES's key order.
 */
export const DATA_KINDS = [
  'claimants',
  'sources',
  'places',
  'events',
  'claims',
  'evacuations',
  'areaFigures',
] as const satisfies readonly Kind[];

/** The data files' names in dependency order: what the data check reads and the page fetches. */
export const DATA_FILE_NAMES: readonly string[] = DATA_KINDS.map((kind) => DATA_FILES[kind].file);
