import { describe, expect, it } from 'vitest';
import { OPEN_END, toDayNumber } from '../data/dates';
import { makeFixtureDataset } from '../test/fixtures';
import { zoneIntervals } from './zone-intervals';

describe('zone intervals across a gap', () => {
  const dataset = makeFixtureDataset();
  const [sudzhaClaim] = dataset.claims.filter((c) => c.id === 'cl-sudzha-ru-2025-03-13');
  dataset.claims.push(
    { ...sudzhaClaim!, id: 'sudzha-ua', holder: 'ua', from: '2025-04-01' },
    { ...sudzhaClaim!, id: 'sudzha-ru-again', holder: 'ru', from: '2025-05-01' },
  );
  const ruIntervals = zoneIntervals(dataset).filter(
    (interval) => interval.claimant === 'ru-mod' && interval.side === 'ru',
  );

  it('ends a zone when the side holds nothing and starts a new one when it holds again', () => {
    expect(ruIntervals.map(({ start, end }) => [start, end])).toEqual([
      [toDayNumber('2025-03-13'), toDayNumber('2025-04-01')],
      [toDayNumber('2025-05-01'), OPEN_END],
    ]);
  });
});
