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

  // The published figures' course (area-figures.json: ~1,000 km² 12 Aug, 1,294 km² 27 Aug 2024,
  // ~500 km² Feb 2025, 110–140 km² mid-March, ~0 after the withdrawal): the derived level is lower
  // (too few located settlements), but it must rise, fall and end as they do.
  it('follows the published course of the Ukrainian-held area in Kursk oblast', () => {
    const rows = lines.slice(1).map((line) => line.split(','));
    const uaHeld = (date: string): number => {
      const combined = rows.filter((row) => row[0] === 'all' && row[3] === 'RU');
      const changed = combined.map((row) => row[1] ?? '').filter((day) => day <= date);
      const last = changed.sort().at(-1);
      return combined
        .filter((row) => row[1] === last && (row[2] === 'ua' || row[2] === 'ua-implied'))
        .reduce((sum, row) => sum + Number(row[4]), 0);
    };
    const peak = uaHeld('2024-08-27');
    expect(uaHeld('2024-08-08')).toBeLessThan(peak);
    expect(uaHeld('2024-11-22')).toBeLessThan(peak);
    expect(uaHeld('2025-02-13')).toBeLessThan(uaHeld('2024-11-22'));
    for (const date of ['2025-03-21', '2025-04-26', '2025-06-01']) {
      expect(uaHeld(date)).toBeLessThanOrEqual(peak * 0.05);
    }
  });
});
