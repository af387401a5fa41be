import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { areasCsv } from './areas-run';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
process.stdout.write(areasCsv(resolve(values.data ?? join(import.meta.dirname, '..', 'data'))));
