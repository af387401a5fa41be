import type { Rejection } from '../data/rejection';
import { tallyRejections } from '../data/rejection-summary';
import { counted, joinAnd } from '../evidence/wording';
import { ZONE_CELLS_FILE } from '../zones/zone-cells';

/**
 * The banner's headline, counting what was skipped by kind, e.g. "1 file and 2 records
 * skipped": a whole unreadable file is not "a record", and a settlement without its zone cell is neither.
 * Records are counted as the data check counts them (tallyRejections), once each.
 */
export function skippedSummary(rejections: readonly Rejection[]): string {
  let files = 0;
  let records = 0;
  let zones = 0;
  let links = 0;
  for (const tally of tallyRejections(rejections)) {
    if (tally.unreadable) files += 1;
    if (tally.file === ZONE_CELLS_FILE) zones += tally.skipped;
    else records += tally.skipped;
    links += tally.linksDropped;
  }
  const parts = [
    files > 0 ? counted(files, 'file') : null,
    records > 0 ? counted(records, 'record') : null,
    zones > 0 ? counted(zones, 'zone cell') : null,
  ].filter((part) => part !== null);
  const skipped =
    parts.length > 0 || links === 0
      ? `${joinAnd(parts) || 'Nothing'} skipped: not shown, because they failed checks`
      : null;
  const dropped =
    links > 0 ? `${counted(links, 'record')} shown without a broken event link` : null;
  return [skipped, dropped].filter((part) => part !== null).join('; ');
}
