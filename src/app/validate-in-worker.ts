import type { FileText } from '../data/read-dataset';
import type { ValidationResult } from '../data/validate-dataset';
import type { ZoneCellsLoad } from '../zones/zone-cells';

/** The served files' texts, for the validation worker. */
export interface ValidationRequest {
  texts: Readonly<Record<string, FileText>>;
}

/** The worker's answer: the valid records with the rejections, and the zone cells. */
export interface ValidationReply {
  result: ValidationResult;
  cells: ZoneCellsLoad;
}

/**
 * Validates data files the build did not check (a file swapped or broken on the server) in a
 * Web Worker of its own, so zod and big data never block the page's thread; the worker module
 * and zod load only then.
 */
export function validateInWorker(
  texts: Readonly<Record<string, FileText>>,
): Promise<ValidationReply> {
  const worker = new Worker(new URL('./validation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'validation',
  });
  return new Promise<ValidationReply>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ValidationReply>) => resolve(data);
    worker.onerror = (event) => reject(new Error(`data validation failed: ${event.message}`));
    const request: ValidationRequest = { texts };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
