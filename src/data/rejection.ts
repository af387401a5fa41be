/** A record (or whole file) that failed validation and was skipped. */
export interface Rejection {
  file: string;
  /** The record id, or null when the whole file was unreadable (or the record has no id). */
  recordId: string | null;
  /** Dotted path of the offending field, or null. */
  field: string | null;
  message: string;
  /** The record's position in its file, so records sharing an id are still counted apart. */
  index?: number;
  /** The record is kept and drawn; only the link in `field` was dropped. */
  kept?: true;
}

/** One line per problem, naming file, record and field so a contributor can jump straight to it. */
export function formatRejection(r: Rejection): string {
  const where = [
    r.recordId === null ? null : `record "${r.recordId}"`,
    r.field === null ? null : `field ${r.field}`,
  ].filter((part) => part !== null);
  return [r.file, where.join(' '), r.message].filter((part) => part !== '').join(': ');
}
