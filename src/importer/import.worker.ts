/// <reference lib="webworker" />
import type { FeatureCollection, Geometry } from 'geojson';
import { landInOperationArea, type Land } from './geometry';
import { importFile } from './import-file';
import { ImportError } from './types';
import type { ImportMessage, ImportRequest } from './worker-protocol';
import { parseXml } from './xml';

declare const self: DedicatedWorkerGlobalScope;

let land: Promise<Land> | null = null;

async function loadLand(url: string): Promise<Land> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the land outlines could not be loaded (${response.status})`);
  return landInOperationArea((await response.json()) as FeatureCollection<Geometry | null>);
}

const post = (message: ImportMessage) => self.postMessage(message);

/** Reads each file in turn off the page's thread, reporting progress and one result per file. */
self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  const { files, landUrl } = data;
  land ??= loadLand(landUrl);
  let outlines: Land;
  try {
    outlines = await land;
  } catch (error) {
    land = null;
    for (const file of files)
      post({ type: 'error', file: file.name, message: `${file.name}: ${String(error)}` });
    post({ type: 'done' });
    return;
  }
  for (const [index, file] of files.entries()) {
    post({ type: 'progress', done: index, total: files.length, file: file.name });
    try {
      post({ type: 'snapshot', snapshot: importFile(file, parseXml, outlines) });
    } catch (error) {
      const message =
        error instanceof ImportError
          ? error.message
          : `${file.name}: could not be read (${String(error)})`;
      post({ type: 'error', file: file.name, message });
    }
  }
  post({ type: 'progress', done: files.length, total: files.length, file: '' });
  post({ type: 'done' });
};
