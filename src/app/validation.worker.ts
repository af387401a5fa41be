/// <reference lib="webworker" />
import { readDataset } from '../data/read-dataset';
import { readZoneCells, ZONE_CELLS_FILE } from '../zones/zone-cells';
import { checkZoneCells } from '../zones/zone-cells-schema';
import type { ValidationReply, ValidationRequest } from './validate-in-worker';

declare const self: DedicatedWorkerGlobalScope;

/** Validates served files the build did not check, with zod, off the page's thread. */
self.onmessage = ({ data }: MessageEvent<ValidationRequest>) => {
  const reply: ValidationReply = {
    result: readDataset((file) => data.texts[file]),
    cells: readZoneCells(data.texts[ZONE_CELLS_FILE], checkZoneCells),
  };
  self.postMessage(reply);
};
