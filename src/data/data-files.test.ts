import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../test/fixtures';
import { DATA_KINDS, type Kind } from './data-files';
import { referenceProblems, type IdIndex } from './reference-rules';
import { DATA_FILES } from './schema';

describe('DATA_KINDS', () => {
  it('lists every kind of DATA_FILES once', () => {
    expect([...DATA_KINDS].sort()).toEqual(Object.keys(DATA_FILES).sort());
  });

  it('is dependency order: every record resolves against the kinds before its own', () => {
    const dataset = makeFixtureDataset();
    for (const [position, kind] of DATA_KINDS.entries()) {
      const earlier = new Set<Kind>(DATA_KINDS.slice(0, position));
      const ids: IdIndex = {
        kept: Object.fromEntries(
          DATA_KINDS.map((k) => [
            k,
            new Set(earlier.has(k) ? dataset[k].map((record) => record.id) : []),
          ]),
        ) as IdIndex['kept'],
        rejected: Object.fromEntries(DATA_KINDS.map((k) => [k, new Set()])) as IdIndex['rejected'],
        unreadable: new Map(),
      };
      for (const record of dataset[kind]) {
        expect(referenceProblems(kind, record as never, ids), `${kind} ${record.id}`).toEqual([]);
      }
    }
  });
});
