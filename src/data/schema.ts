import { z } from 'zod';
import { FILE_OF_KIND } from './data-files';
import { parseIsoDay } from './dates';

/**
 * The longest text each kind of field may hold, in characters: about three times the longest in
 * the data (documented in data/README.md). A megabyte "summary" is a pasted page, not a summary,
 * and would freeze the panel that shows it.
 */
export const TEXT_LIMITS = {
  /** A record id. */
  id: 100,
  /** A link. */
  url: 2000,
  /** Names: claimant, outlet, place names and variants, admin units, archive file names. */
  name: 200,
  /** One line: a source title, a citation, a `via` note. */
  line: 600,
  /** Prose: a summary, a note, a quote, a place's location note. */
  prose: 1500,
} as const;

/** A string of at most `max` characters, saying how long it is when it is longer. */
function upTo<T extends z.ZodString>(schema: T, max: number, what: string): T {
  return schema.max(max, {
    error: (issue) =>
      `too long for ${what}: at most ${max} characters, this one has ${String((issue.input as string).length)}`,
  }) as T;
}

/** A record id: lower-case letters, digits, `-` and `_`. */
export const Id = upTo(
  z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case a-z, 0-9, - or _'),
  TEXT_LIMITS.id,
  'an id',
);

/**
 * Free text: names, titles, notes, quotes. Blank or whitespace-only text is refused everywhere, so
 * a `" "` citation or note cannot pass for content. Every use has a length limit: {@link Name},
 * {@link Line} or {@link Prose}.
 */
const Text = z.string().regex(/\S/, 'must not be blank (empty or only whitespace)');

/** A name (see {@link TEXT_LIMITS}). */
const Name = upTo(Text, TEXT_LIMITS.name, 'a name');

/** One line of text: a title, a citation (see {@link TEXT_LIMITS}). */
const Line = upTo(Text, TEXT_LIMITS.line, 'one line (a title or citation)');

/** Prose: a summary, note or quote (see {@link TEXT_LIMITS}). */
const Prose = upTo(Text, TEXT_LIMITS.prose, 'a summary, note or quote');

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .refine((value) => parseIsoDay(value) !== null, 'must be a real date written YYYY-MM-DD');

/** How exactly a date is known: to the day, or approximately (e.g. "c. 20 Aug", "mid-March"). */
export const DatePrecision = z.enum(['day', 'approximate']);

/** Only web links; anything else (javascript:, data:, file:) is refused. */
export const HttpUrl = upTo(z.string(), TEXT_LIMITS.url, 'a link').refine(
  (value) => /^https?:\/\/[^\s]+$/i.test(value),
  'must be an http(s) URL',
);

/** The two sides a control claim can name. `contested` = the claimant says neither side holds it. */
export const Side = z.enum(['ru', 'ua', 'contested']);

// Records are strict objects: a misspelt field name in hand-edited JSON is an error, not dropped.

/** Who reported or claimed something: an authority, an analyst group, a person in office. */
export const Claimant = z.strictObject({
  id: Id,
  name: Name,
  /** Which side the claimant belongs to; `independent` for analysts and media. */
  affiliation: z.enum(['ru', 'ua', 'independent', 'other']),
  kind: z.enum(['government', 'military', 'osint', 'analyst', 'media', 'person']),
  note: Prose.optional(),
});

/** A cited document. */
export const Source = z.strictObject({
  id: Id,
  outlet: Name,
  title: Line,
  url: HttpUrl,
  published: IsoDate,
  publishedPrecision: DatePrecision,
  /** BCP-47 primary language, e.g. `en`, `uk`, `ru`. */
  language: z.string().regex(/^[a-z]{2,3}$/),
  kind: z.enum([
    'news-report',
    'official-statement',
    'analyst-assessment',
    'map-dataset',
    'reference',
  ]),
  archivedUrl: HttpUrl.optional(),
  /** File name of the archived full text (in the archive folder) that excerpts are checked against. */
  archiveFile: Name.optional(),
  /** E.g. "re-publication of Ukrinform"; says when the link is a mirror or aggregator. */
  via: Line.optional(),
});

/** A verbatim quote: must be an exact substring of the source's archived text. */
export const Excerpt = z.strictObject({
  sourceId: Id,
  quote: Prose,
});

/** Where a coordinate came from. */
export const LocationCitation = z.strictObject({
  text: Line,
  url: HttpUrl.optional(),
  /** The mirror or copy the value was read on, when `url` names the original article. */
  via: Line.optional(),
});

/** A sourced point location (WGS84). */
export const Location = z.strictObject({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  /** `second` = DMS to the second; `arc-minute` = ±~1 km; `geonames` = a GeoNames point. */
  precision: z.enum(['second', 'arc-minute', 'geonames']),
  citation: LocationCitation,
  geonameid: z.number().int().positive().optional(),
});

/** A settlement or site. `location: null` means no sourced coordinate: listed, never drawn. */
export const Place = z.strictObject({
  id: Id,
  names: z.strictObject({
    en: Name,
    /** The name in the local language (Ukrainian for Ukraine, Russian for Russia). */
    native: Name,
    variants: z.array(Name),
  }),
  country: z.enum(['UA', 'RU']),
  oblast: Name,
  raion: Name.optional(),
  /** Hromada (Ukraine) or selsoviet / municipal unit (Russia). */
  hromada: Name.optional(),
  kind: z.enum(['city', 'town', 'village', 'site']),
  location: Location.nullable(),
  /** Why it is not located, or what is known of its position in words. */
  locationNote: Prose.optional(),
  /** Links backing the place record (names, admin units). */
  citations: z.array(HttpUrl),
});

/** What kind of thing happened. */
export const EventKind = z.enum([
  'control-claim',
  'evacuation-order',
  'official-statement',
  'visit',
  'diplomacy',
  'military-operation',
  'area-figure',
  'other',
]);

/** A dated report: who said what, where, with quotes or a summary, and citations. */
export const Event = z.strictObject({
  id: Id,
  date: IsoDate,
  datePrecision: DatePrecision,
  kind: EventKind,
  /** Claimant id of who reported, claimed or did it. */
  actor: Id,
  places: z.array(Id),
  /** One sentence in our own words. */
  summary: Prose,
  excerpts: z.array(Excerpt),
  /** Source ids; at least one. */
  citations: z.array(Id).min(1),
});

/** A claimant says `holder` holds `place` from `from` on (until that claimant says otherwise). */
export const ControlClaim = z.strictObject({
  id: Id,
  claimant: Id,
  place: Id,
  holder: Side,
  from: IsoDate,
  datePrecision: DatePrecision,
  sources: z.array(Id).min(1),
  /** The event this claim was made in, if recorded. */
  event: Id.optional(),
  /**
   * The claimant says it took the place from the other side on `from` ("liberated", "retook").
   * In its own words the other side held the place until then: the map may draw that as an
   * inference (src/zones/implied.ts), never as a claim of its own.
   */
  liberated: z.boolean().optional(),
});

/** An evacuation order. The 13 Mar 2025 order names no settlements: `named` is empty, `count` 8. */
export const EvacuationOrder = z.strictObject({
  id: Id,
  date: IsoDate,
  datePrecision: DatePrecision,
  authority: Id,
  area: z.strictObject({
    oblast: Name,
    raion: Name.optional(),
    /** Place ids of the hromada centres whose communities the order covers. */
    hromadas: z.array(Id),
  }),
  settlements: z.strictObject({
    /** Place ids of settlements a source names as covered. */
    named: z.array(Id),
    /** How many settlements the order covers, if stated. */
    count: z.number().int().positive().nullable(),
  }),
  people: z.number().int().nonnegative().nullable(),
  summary: Prose,
  sources: z.array(Id).min(1),
  event: Id.optional(),
});

/** A published figure for the area of Kursk oblast held by Ukraine. */
export const AreaFigure = z.strictObject({
  id: Id,
  date: IsoDate,
  datePrecision: DatePrecision,
  claimant: Id,
  /** Square kilometres said to be held by Ukraine; null when only a change is reported. */
  km2: z.number().nonnegative().nullable(),
  /** How the figure was worded: about, more than, at most. */
  qualifier: z.enum(['about', 'exactly', 'more-than', 'less-than', 'at-most']),
  settlements: z.number().int().nonnegative().optional(),
  note: Prose.optional(),
  sources: z.array(Id).min(1),
});

/** The data files, each a JSON array of one record type. */
export const DATA_FILES = {
  claimants: { file: FILE_OF_KIND.claimants, schema: Claimant },
  sources: { file: FILE_OF_KIND.sources, schema: Source },
  places: { file: FILE_OF_KIND.places, schema: Place },
  events: { file: FILE_OF_KIND.events, schema: Event },
  claims: { file: FILE_OF_KIND.claims, schema: ControlClaim },
  evacuations: { file: FILE_OF_KIND.evacuations, schema: EvacuationOrder },
  areaFigures: { file: FILE_OF_KIND.areaFigures, schema: AreaFigure },
} as const;

export type Claimant = z.infer<typeof Claimant>;
export type Source = z.infer<typeof Source>;
export type Excerpt = z.infer<typeof Excerpt>;
export type Location = z.infer<typeof Location>;
export type Place = z.infer<typeof Place>;
export type EventKind = z.infer<typeof EventKind>;
export type Event = z.infer<typeof Event>;
export type ControlClaim = z.infer<typeof ControlClaim>;
export type EvacuationOrder = z.infer<typeof EvacuationOrder>;
export type AreaFigure = z.infer<typeof AreaFigure>;
export type Side = z.infer<typeof Side>;

/** Every record kind, keyed as in {@link DATA_FILES}. */
export interface Dataset {
  claimants: Claimant[];
  sources: Source[];
  places: Place[];
  events: Event[];
  claims: ControlClaim[];
  evacuations: EvacuationOrder[];
  areaFigures: AreaFigure[];
}

/**
 * The operation area: the Kursk districts and Sumy hromadas of the border front, with a margin of
 * about 10 km. A located place outside it is a homonym in another oblast or a swapped lat/lon, so
 * it is rejected. [west, south, east, north]
 */
export const REGION_BBOX = [33.9, 50.4, 36.4, 51.95] as const;
