import type { Rejection } from '../data/rejection';
import { counted, joinAnd } from '../evidence/wording';
import { ZONE_CELLS_FILE } from '../zones/zone-cells';

/**
 * The banner's headline, counting what was skipped by kind, e.g. "1 file and 2 records
 * skipped": a whole unreadable file is not "a record", and a settlement without its zone cell is neither.
 */
export function skippedSummary(rejections: readonly Rejection[]): string {
  let files = 0;
  let records = 0;
  let zones = 0;
  for (const rejection of rejections) {
    if (rejection.recordId === null) files += 1;
    else if (rejection.file === ZONE_CELLS_FILE) zones += 1;
    else records += 1;
  }
  const parts = [
    files > 0 ? counted(files, 'file') : null,
    records > 0 ? counted(records, 'record') : null,
    zones > 0 ? counted(zones, 'zone cell') : null,
  ].filter((part) => part !== null);
  return `${joinAnd(parts) || 'Nothing'} skipped: not shown, because they failed checks`;
}
