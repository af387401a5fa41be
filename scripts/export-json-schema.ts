import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJsonSchemas, SCHEMA_DIR } from './export-json-schema-build';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [name, text] of Object.entries(await buildJsonSchemas())) {
  writeFileSync(join(SCHEMA_DIR, name), text);
  console.log(`wrote data/schema/${name}`);
}
