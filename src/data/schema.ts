import { z } from 'zod';
import { parseIsoDay } from './dates';

/** A record id: lower-case letters, digits, `-` and `_`. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case a-z, 0-9, - or _');

/**
 * Free text: names, titles, notes, quotes. Blank or whitespace-only text is refused everywhere, so
 * a `" "` citation or note cannot pass for content.
 */
export const Text = z.string().regex(/\S/, 'must not be blank (empty or only whitespace)');

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .refine((value) => parseIsoDay(value) !== null, 'must be a real date written YYYY-MM-DD');

/** How exactly a date is known: to the day, or approximately (e.g. "c. 20 Aug", "mid-March"). */
export const DatePrecision = z.enum(['day', 'approximate']);

/** Only web links; anything else (javascript:, data:, file:) is refused. */
export const HttpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) URL');

/** The two sides a control claim can name. `contested` = the claimant says neither side holds it. */
export const Side = z.enum(['ru', 'ua', 'contested']);

// Records are strict objects: a misspelt field name in hand-edited JSON is an error, not dropped.

/** Who reported or claimed something: an authority, an analyst group, a person in office. */
export const Claimant = z.strictObject({
  id: Id,
  name: Text,
  /** Which side the claimant belongs to; `independent` for analysts and media. */
  affiliation: z.enum(['ru', 'ua', 'independent', 'other']),
  kind: z.enum(['government', 'military', 'osint', 'analyst', 'media', 'person']),
  note: Text.optional(),
});

/** A cited document. */
export const Source = z.strictObject({
  id: Id,
  outlet: Text,
  title: Text,
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
  archiveFile: Text.optional(),
  /** E.g. "re-publication of Ukrinform"; says when the link is a mirror or aggregator. */
  via: Text.optional(),
});

/** A verbatim quote: must be an exact substring of the source's archived text. */
export const Excerpt = z.strictObject({
  sourceId: Id,
  quote: Text,
});

/** Where a coordinate came from. */
export const LocationCitation = z.strictObject({
  text: Text,
  url: HttpUrl.optional(),
  /** The mirror or copy the value was read on, when `url` names the original article. */
  via: Text.optional(),
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
    en: Text,
    /** The name in the local language (Ukrainian for Ukraine, Russian for Russia). */
    native: Text,
    variants: z.array(Text),
  }),
  country: z.enum(['UA', 'RU']),
  oblast: Text,
  raion: Text.optional(),
  /** Hromada (Ukraine) or selsoviet / municipal unit (Russia). */
  hromada: Text.optional(),
  kind: z.enum(['city', 'town', 'village', 'site']),
  location: Location.nullable(),
  /** Why it is not located, or what is known of its position in words. */
  locationNote: Text.optional(),
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
  summary: Text,
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
    oblast: Text,
    raion: Text.optional(),
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
  summary: Text,
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
  note: Text.optional(),
  sources: z.array(Id).min(1),
});

/** The data files, each a JSON array of one record type. */
export const DATA_FILES = {
  claimants: { file: 'claimants.json', schema: Claimant },
  sources: { file: 'sources.json', schema: Source },
  places: { file: 'places.json', schema: Place },
  events: { file: 'events.json', schema: Event },
  claims: { file: 'claims.json', schema: ControlClaim },
  evacuations: { file: 'evacuations.json', schema: EvacuationOrder },
  areaFigures: { file: 'area-figures.json', schema: AreaFigure },
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
