import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_CSV_HEADER } from '../src/zones/area-series';
import { areasCsv } from './areas-run';

describe('npm run areas on the real data', () => {
  const csv = areasCsv(join(import.meta.dirname, '..', 'data'));
  const lines = csv.trimEnd().split('\n');

  it('prints the header, then one row per view, date, status and state', () => {
    expect(lines[0]).toBe(AREA_CSV_HEADER);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^[^,]+,\d{4}-\d{2}-\d{2},[a-z-]+,(RU|UA),\d+\.\d{3},\d+$/);
    }
  });

  it('has the combined view, starting no earlier than the operation', () => {
    const combined = lines.slice(1).filter((line) => line.startsWith('all,'));
    expect(combined.length).toBeGreaterThan(0);
    expect(combined[0]?.split(',')[1] ?? '').toMatch(/^2024-08-(0[6-9]|[12]\d|3[01])/);
  });
});
