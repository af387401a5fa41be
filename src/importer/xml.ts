import { DOMParser } from '@xmldom/xmldom';
import type { XmlParser } from './parse';

/**
 * KML's XML parser for the import worker and node: Web Workers have no DOMParser, and
 * @xmldom/xmldom gives togeojson the DOM it walks. Malformed XML throws.
 */
export const parseXml: XmlParser = (text) =>
  new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml') as unknown as Document;
