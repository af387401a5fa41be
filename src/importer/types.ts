import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** What an imported assessment says of an area: held by Ukraine, by Russia, or grey/unknown. */
export type AssessedSide = 'ua' | 'ru' | 'unknown';

/** The sides in display order. */
export const ASSESSED_SIDES: readonly AssessedSide[] = ['ua', 'ru', 'unknown'];

/** The oblasts whose land inside the operation area the areas are counted on. */
export type Oblast = 'kursk' | 'sumy';

/** The basemap file with each oblast's land (Kursk, Sumy) inside the operation area. */
export const OBLAST_LAND_FILE = 'oblast-land.geojson';

/** One assessed area, clipped to the operation area. */
export interface AreaProperties {
  /** Null until the user maps it (its label matched no known status key or fill colour). */
  side: AssessedSide | null;
  /** The feature's name or status as the file gives it; untrusted text, shown only as text. */
  label: string;
  /** km² of this area in Kursk oblast and in Sumy oblast (each inside the operation area). */
  km2Kursk: number;
  km2Sumy: number;
  /** A point inside the area where its label goes (absent in snapshots imported before it). */
  labelAt?: [number, number];
}

type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

/** One imported file: a dated snapshot of someone's assessed map. */
export interface Snapshot {
  /** Stable key: source name + date. */
  id: string;
  /** The file's name. */
  source: string;
  /** `YYYY-MM-DD`, or null when neither a field nor the file name gave one (ask the user). */
  date: string | null;
  /** Where the date came from, for the list and the dialog. */
  dateFrom: 'field' | 'file name' | 'unix time' | 'user' | null;
  /** The file's size in bytes. */
  bytes: number;
  areas: AreaCollection;
  /** What the importer changed or noticed (3-D, swapped coordinates, dropped features). */
  notes: string[];
  /** Imported with `npm run import` (served from data/local-imports/), not kept in the browser. */
  local?: true;
}

/** Files above this size are refused before they are read (a daily snapshot is ~0.5 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Why an oversized file is refused (the message puts the file's name first). */
export const tooLarge = (bytes: number): string =>
  `is ${(bytes / 1024 / 1024).toFixed(0)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB are read`;

/** A file's bytes and name, as the page or the CLI hands them in. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** An import failure that names the file. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ImportError';
  }
}
