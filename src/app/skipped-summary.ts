import type { Rejection } from '../data/data-slice';
import { ZONE_SHAPES_FILE } from '../evidence/zone-shapes';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The banner's headline, counting what was skipped by kind, e.g. "1 file and 2 records
 * skipped": a whole unreadable file is not "a record", and a zone without a shape is neither.
 */
export function skippedSummary(rejections: readonly Rejection[]): string {
  let files = 0;
  let records = 0;
  let zones = 0;
  for (const rejection of rejections) {
    if (rejection.recordId === null) files += 1;
    else if (rejection.file === ZONE_SHAPES_FILE) zones += 1;
    else records += 1;
  }
  const parts = [
    files > 0 ? plural(files, 'file', 'files') : null,
    records > 0 ? plural(records, 'record', 'records') : null,
    zones > 0 ? plural(zones, 'zone', 'zones') : null,
  ].filter((part) => part !== null);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${list ?? 'Nothing'} skipped: not shown, because they failed checks`;
}
