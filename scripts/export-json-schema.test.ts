import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, SCHEMA_DIR } from './export-json-schema-build';

describe('data/schema', () => {
  it('is up to date with src/data/schema.ts (run npm run data:schema)', async () => {
    const fresh = await buildJsonSchemas();
    const committed = Object.fromEntries(
      readdirSync(SCHEMA_DIR).map((name) => [name, readFileSync(join(SCHEMA_DIR, name), 'utf8')]),
    );
    expect(committed).toEqual(fresh);
  });
});
