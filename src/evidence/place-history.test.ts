import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import type { Event } from '../data/schema';
import { makeFixtureDataset } from '../test/fixtures';
import { placeHistory } from './place-history';

const keys = (placeId: string, iso: string, extraEvents: Event[] = []) => {
  const dataset = makeFixtureDataset();
  dataset.events.push(...extraEvents);
  return placeHistory(dataset, placeId, toDayNumber(iso)).map((item) => [item.key, item.future]);
};

describe('placeHistory', () => {
  it('lists events about the place oldest first, each with the claims recorded from it', () => {
    expect(keys('sudzha', '2025-03-13')).toEqual([
      ['event:ev-2024-08-15-sudzha-ua', false],
      ['event:ev-2025-03-13-sudzha-ru', false],
    ]);
    const items = placeHistory(makeFixtureDataset(), 'sudzha', toDayNumber('2025-03-13'));
    expect(
      items.map((item) => (item.type === 'event' ? item.claims.map((c) => c.id) : [])),
    ).toEqual([['cl-sudzha-ua-2024-08-15'], ['cl-sudzha-ru-2025-03-13']]);
  });

  it('lists a claim on its own only when its event is not about the place', () => {
    const dataset = makeFixtureDataset();
    dataset.claims = dataset.claims.map((claim) =>
      claim.id === 'cl-sudzha-ru-2025-03-13' ? { ...claim, event: undefined } : claim,
    );
    const items = placeHistory(dataset, 'sudzha', toDayNumber('2025-03-13'));
    expect(items.map((item) => item.key)).toEqual([
      'event:ev-2024-08-15-sudzha-ua',
      'event:ev-2025-03-13-sudzha-ru',
      'claim:cl-sudzha-ru-2025-03-13',
    ]);
  });

  it('keeps entries after the selected day but marks them future', () => {
    expect(keys('sudzha', '2025-03-12')).toEqual([
      ['event:ev-2024-08-15-sudzha-ua', false],
      ['event:ev-2025-03-13-sudzha-ru', true],
    ]);
  });

  it('sorts by date, not by the order records were stored in', () => {
    const early: Event = {
      id: 'ev-early',
      date: '2024-08-10',
      datePrecision: 'approximate',
      kind: 'military-operation',
      actor: 'ru-mod',
      places: ['sudzha'],
      summary: 'Stored last, happened first.',
      excerpts: [],
      citations: ['seed-000'],
    };
    expect(keys('sudzha', '2025-03-13', [early])[0]).toEqual(['event:ev-early', false]);
  });

  it('includes only records about the place', () => {
    expect(keys('myropillia', '2025-03-13')).toEqual([['event:ev-2025-03-13-evacuation', false]]);
    expect(keys('melovoy', '2025-03-13')).toEqual([['event:ev-2025-03-13-sudzha-ru', false]]);
  });
});
