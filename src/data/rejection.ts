/** A record (or whole file) that failed validation and was skipped. */
export interface Rejection {
  file: string;
  /** The record id, or null when the whole file was unreadable. */
  recordId: string | null;
  /** Dotted path of the offending field, or null. */
  field: string | null;
  message: string;
}
