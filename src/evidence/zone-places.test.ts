import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { makeFixtureDataset } from '../test/fixtures';
import { zonePlaces } from './zone-places';

const ids = (claimant: string, side: 'ru' | 'ua', iso: string) => {
  const { located, unlocated } = zonePlaces(
    makeFixtureDataset(),
    { claimant, side },
    toDayNumber(iso),
  );
  return { located: located.map((z) => z.place.id), unlocated: unlocated.map((z) => z.place.id) };
};

describe('zonePlaces', () => {
  it('splits a claimant’s held places into located and unlocated', () => {
    expect(ids('ru-mod', 'ru', '2025-03-13')).toEqual({
      located: ['sudzha'],
      unlocated: ['melovoy'],
    });
  });

  it('ignores claims not yet made and other claimants', () => {
    expect(ids('ru-mod', 'ru', '2025-03-12')).toEqual({ located: [], unlocated: [] });
    expect(ids('ua-commander-in-chief', 'ua', '2025-03-13')).toEqual({
      located: ['sudzha'],
      unlocated: [],
    });
    expect(ids('ua-commander-in-chief', 'ru', '2025-03-13')).toEqual({
      located: [],
      unlocated: [],
    });
  });
});
