import type { InputFile, Snapshot } from './types';

/** The page asks the import worker to read files. */
export interface ImportRequest {
  files: InputFile[];
  /** URL of oblast-land.geojson (the land the km² are counted on). */
  landUrl: string;
}

/** What the worker answers, one message at a time. */
export type ImportMessage =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'error'; file: string; message: string }
  | { type: 'done' };
