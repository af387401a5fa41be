import { kml } from '@tmcw/togeojson';
import { unzipSync, strFromU8 } from 'fflate';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { ImportError, MAX_FILE_BYTES, tooLarge, type InputFile } from './types';

/** Parses XML into a DOM Document: DOMParser in a page, @xmldom/xmldom in a worker or node. */
export type XmlParser = (text: string) => Document;

/** A file read into GeoJSON, with the fields around it (e.g. the history API's `datetime`). */
export interface ParsedFile {
  collection: FeatureCollection<Geometry | null>;
  /** Top-level fields outside the features (a wrapper's `datetime`, the collection's own). */
  fields: Record<string, unknown>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

function parseKml(file: string, text: string, xml: XmlParser): ParsedFile {
  let document: Document;
  try {
    document = xml(text);
  } catch (error) {
    throw new ImportError(file, `is not valid KML (${String(error)})`);
  }
  if (document.getElementsByTagName('kml').length === 0 && !/<kml[\s>]/.test(text)) {
    throw new ImportError(file, 'is not KML: it has no <kml> element');
  }
  return { collection: kml(document) as FeatureCollection<Geometry | null>, fields: {} };
}

function parseKmz(file: string, bytes: Uint8Array, xml: XmlParser): ParsedFile {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (entry) => /\.kml$/i.test(entry.name) });
  } catch (error) {
    throw new ImportError(file, `is not a readable KMZ (zip) file (${String(error)})`);
  }
  // doc.kml by convention; otherwise the first KML in the archive.
  const names = Object.keys(entries).sort(
    (a, b) => Number(b === 'doc.kml') - Number(a === 'doc.kml'),
  );
  const first = names[0];
  if (first === undefined) throw new ImportError(file, 'is a KMZ with no .kml file inside');
  return parseKml(file, strFromU8(entries[first]!), xml);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseGeoJson(file: string, text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, `is not valid JSON (${(error as Error).message})`);
  }
  // The history API wraps the collection: { id, datetime, map }.
  const fields: Record<string, unknown> = {};
  if (isObject(json) && isObject(json.map)) {
    for (const [key, value] of Object.entries(json)) if (key !== 'map') fields[key] = value;
    json = json.map;
  }
  if (!isObject(json)) throw new ImportError(file, 'is JSON but not GeoJSON');
  if (json.type === 'Feature') {
    return {
      collection: { type: 'FeatureCollection', features: [json as unknown as Feature] },
      fields,
    };
  }
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ImportError(file, 'is JSON but not a GeoJSON FeatureCollection');
  }
  for (const [key, value] of Object.entries(json)) {
    if (key !== 'features' && key !== 'type') fields[key] = value;
  }
  return { collection: json as unknown as FeatureCollection<Geometry | null>, fields };
}

/** Reads a GeoJSON, KML or KMZ file (by content, then by name); throws {@link ImportError}. */
export function parseFile({ name, bytes }: InputFile, xml: XmlParser): ParsedFile {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ImportError(name, tooLarge(bytes.byteLength));
  }
  if (bytes.byteLength === 0) throw new ImportError(name, 'is empty');
  if (isZip(bytes)) return parseKmz(name, bytes, xml);
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('<') || /\.kml$/i.test(name)) return parseKml(name, text, xml);
  return parseGeoJson(name, text);
}
