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
