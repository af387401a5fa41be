/**
 * Each record kind's file. Kept apart from the schemas (src/data/schema.ts builds DATA_FILES from
 * it), so the page can name and fetch the files without loading zod.
 */
export const FILE_OF_KIND = {
  claimants: 'claimants.json',
  sources: 'sources.json',
  places: 'places.json',
  events: 'events.json',
  claims: 'claims.json',
  evacuations: 'evacuations.json',
  areaFigures: 'area-figures.json',
} as const;

/** A record kind, keyed as in {@link FILE_OF_KIND} (and DATA_FILES). */
export type Kind = keyof typeof FILE_OF_KIND;

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
export const DATA_FILE_NAMES: readonly string[] = DATA_KINDS.map((kind) => FILE_OF_KIND[kind]);
