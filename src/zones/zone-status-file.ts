import type { FileText } from '../data/read-dataset';
import type { StatusInterval, ZoneStatus } from './combined-status';
import type { ImpliedSpan } from './implied';
import type { ZoneStatuses } from './zone-status';

/**
 * The zone statuses the build derived (scripts/derived/index.ts): the page reads them instead of
 * deriving them again when the data is exactly the build's (content hashes match). At 20,000
 * claims deriving took the page ~0.35 s before its map could be created; parsing takes ~0.03 s.
 */
export const ZONE_STATUS_FILE = 'zone-status.json';

/** One interval as `[place, status, from, to]`: the file holds tens of thousands at scale. */
type PackedInterval = [string, ZoneStatus, number, number];

/** zone-status.json: implied spans as they are, intervals packed per view. */
export interface ZoneStatusFile {
  implied: ImpliedSpan[];
  views: Record<string, PackedInterval[]>;
}

/** The file's content for `statuses`. */
export function packZoneStatuses({ implied, views }: ZoneStatuses): ZoneStatusFile {
  return {
    implied,
    views: Object.fromEntries(
      Object.entries(views).map(([view, intervals]) => [
        view,
        intervals.map(({ place, status, from, to }): PackedInterval => [place, status, from, to]),
      ]),
    ),
  };
}

/** Every status, so a file from another version with an unknown one is not read. */
const STATUSES: Readonly<Record<ZoneStatus, true>> = {
  ru: true,
  ua: true,
  contested: true,
  disputed: true,
  'ru-implied': true,
  'ua-implied': true,
};

const isPacked = (item: unknown): item is PackedInterval =>
  Array.isArray(item) &&
  item.length === 4 &&
  typeof item[0] === 'string' &&
  typeof item[1] === 'string' &&
  Object.hasOwn(STATUSES, item[1]) &&
  Number.isInteger(item[2]) &&
  Number.isInteger(item[3]);

/**
 * The statuses in a fetched zone-status.json, or null when it is missing or not in this
 * layout (then the page derives them). The build checked the content; this checks the shape
 * the page relies on, which costs little beside the parse.
 */
export function readZoneStatuses(text: FileText): ZoneStatuses | null {
  if (typeof text !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const file = json as Partial<ZoneStatusFile> | null;
  if (!file || !Array.isArray(file.implied) || typeof file.views !== 'object' || !file.views) {
    return null;
  }
  const views: Record<string, StatusInterval[]> = {};
  for (const [view, packed] of Object.entries(file.views)) {
    if (!Array.isArray(packed) || !packed.every(isPacked)) return null;
    views[view] = packed.map(([place, status, from, to]) => ({ place, status, from, to }));
  }
  return { implied: file.implied, views };
}
