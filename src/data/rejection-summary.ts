import { formatRejection, type Rejection } from './rejection';

/** What the problems in one file cost: the file, records, or only links. */
export interface FileTally {
  file: string;
  /** The whole file could not be used (missing, empty, not JSON, not an array). */
  unreadable: boolean;
  /** Records left out: counted once each, however many problems they have. */
  skipped: number;
  /** Records kept and drawn, with only a link dropped. */
  linksDropped: number;
}

/** A record by its position in the file, or by id where it has none (zones). */
function recordKey(r: Rejection): string | null {
  if (r.index !== undefined) return `#${r.index}`;
  return r.recordId === null ? null : `id:${r.recordId}`;
}

/**
 * Counts what the rejections cost, per file in first-seen order. The one count behind the data
 * check's summary and the page's banner, so both say the same: 10,000 copies of one id are 9,999
 * records skipped, not 1, and not one per problem.
 */
export function tallyRejections(rejections: readonly Rejection[]): FileTally[] {
  const files = new Map<string, { unreadable: boolean; skipped: Set<string>; kept: Set<string> }>();
  for (const r of rejections) {
    let entry = files.get(r.file);
    if (!entry) {
      entry = { unreadable: false, skipped: new Set(), kept: new Set() };
      files.set(r.file, entry);
    }
    const key = recordKey(r);
    if (key === null) entry.unreadable = true;
    else (r.kept ? entry.kept : entry.skipped).add(key);
  }
  return [...files].map(([file, { unreadable, skipped, kept }]) => ({
    file,
    unreadable,
    skipped: skipped.size,
    linksDropped: [...kept].filter((key) => !skipped.has(key)).length,
  }));
}

const COUNT = new Intl.NumberFormat('en-GB');

/** How many records a group names before "and N more". */
const NAMED_IN_GROUP = 3;

/**
 * One line per distinct problem: the same problem in many records ("10,000 records share id x",
 * "12 records field actor: unknown claimant y") is one line with a count and the first few ids,
 * so a huge broken file gives a readable list. Single problems read as {@link formatRejection}.
 */
export function groupRejections(rejections: readonly Rejection[]): string[] {
  const groups = new Map<string, Rejection[]>();
  for (const r of rejections) {
    const key = `${r.file}\u0000${r.field ?? ''}\u0000${r.message}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [Rejection, ...Rejection[]];
    if (group.length === 1) return formatRejection(first);
    const ids = [...new Set(group.map((r) => r.recordId))];
    const duplicate = /^duplicate id "[^"]*" \(first at index (\d+)\)$/.exec(first.message);
    if (ids.length === 1 && first.field === 'id' && duplicate) {
      const total = COUNT.format(group.length + 1);
      const others = COUNT.format(group.length);
      return `${first.file}: ${total} records share id "${String(first.recordId)}": the first (index ${duplicate[1]}) is kept, the other ${others} are skipped`;
    }
    const named = ids
      .slice(0, NAMED_IN_GROUP)
      .map((id) => (id === null ? 'without id' : `"${id}"`))
      .join(', ');
    const more =
      ids.length > NAMED_IN_GROUP ? ` and ${COUNT.format(ids.length - NAMED_IN_GROUP)} more` : '';
    const field = first.field === null ? '' : ` field ${first.field}`;
    return `${first.file}: ${COUNT.format(group.length)} records (${named}${more})${field}: ${first.message}`;
  });
}
