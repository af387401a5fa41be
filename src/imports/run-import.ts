import {
  ImportError,
  MAX_FILE_BYTES,
  OBLAST_LAND_FILE,
  tooLarge,
  type InputFile,
} from '../importer/types';
import type { ImportMessage, ImportRequest } from '../importer/worker-protocol';

/**
 * Reads `files` in the import worker, off the page's thread; `onMessage` gets progress, each
 * snapshot and each error as they come. Oversized files are refused here, unread. Resolves when
 * the worker is done (and ended).
 */
export async function runImport(
  files: readonly File[],
  onMessage: (message: ImportMessage) => void,
): Promise<void> {
  const inputs: InputFile[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      onMessage({
        type: 'error',
        file: file.name,
        message: new ImportError(file.name, tooLarge(file.size)).message,
      });
      continue;
    }
    inputs.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  if (inputs.length === 0) return;
  const worker = new Worker(new URL('../importer/import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'importer',
  });
  const request: ImportRequest = {
    files: inputs,
    landUrl: new URL(`${import.meta.env.BASE_URL}basemap/${OBLAST_LAND_FILE}`, window.location.href)
      .href,
  };
  await new Promise<void>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
      onMessage(data);
      if (data.type === 'done') resolve();
    };
    worker.onerror = (event) => {
      for (const input of inputs) {
        onMessage({
          type: 'error',
          file: input.name,
          message: `${input.name}: the import failed (${event.message})`,
        });
      }
      resolve();
    };
    worker.postMessage(
      request,
      inputs.map((input) => input.bytes.buffer as ArrayBuffer),
    );
  });
  worker.terminate();
}
