import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../test/fixtures';
import { latinKey, normalizeForSearch, searchPlaces } from './place-search';

const { places } = makeFixtureDataset();
const ids = (query: string) => searchPlaces(places, query, Fuse).map((place) => place.id);

describe('normalizeForSearch', () => {
  it('drops case, diacritics and apostrophes', () => {
    expect(normalizeForSearch('  Mykhaĭlivka ')).toBe('mykhailivka');
    expect(normalizeForSearch('Pyl’na')).toBe('pylna');
    expect(normalizeForSearch("Pyl'na")).toBe('pylna');
    expect(normalizeForSearch('Йосипівка')).toBe('иосипівка');
  });
});

describe('searchPlaces', () => {
  it('returns every place, sorted by English name, for an empty query', () => {
    expect(ids('')).toEqual(['melovoy', 'myropillia', 'sudzha']);
    expect(ids('   ')).toEqual(['melovoy', 'myropillia', 'sudzha']);
  });

  it('matches English names case-insensitively', () => {
    expect(ids('sudzha')).toEqual(['sudzha']);
    expect(ids('SUDZ')).toEqual(['sudzha']);
  });

  it('matches native Cyrillic names', () => {
    expect(ids('Суджа')).toEqual(['sudzha']);
    expect(ids('миропілля')).toEqual(['myropillia']);
  });

  it('matches variants', () => {
    expect(ids('Myropillya')).toEqual(['myropillia']);
    expect(ids('melovaya')).toEqual(['melovoy']);
  });

  it('ignores diacritics and apostrophes in the query', () => {
    expect(ids('Mýropíllya')).toEqual(['myropillia']);
    expect(ids("Sud'zha")).toEqual(['sudzha']);
  });

  it('returns nothing for an unknown name', () => {
    expect(ids('kharkiv')).toEqual([]);
  });
});

describe('typo- and script-tolerant search', () => {
  it('spells Cyrillic in Latin letters for matching', () => {
    expect(latinKey('Суджа')).toBe('sudzha');
    expect(latinKey('Sudzh\u0430')).toBe('sudzha');
    expect(latinKey('Мирополье')).toBe('myropole');
  });

  it('finds places through a typo or a stray Cyrillic letter', () => {
    for (const query of ['Sudzh\u0430', 'Sudhza', 'Sudzah']) expect(ids(query)[0]).toBe('sudzha');
    expect(ids('Myropilla')[0]).toBe('myropillia');
    expect(ids('qqqq')).toEqual([]);
  });
});

describe('the fuzzy matcher, loaded on demand', () => {
  it('adds near misses only once it is passed in', () => {
    expect(searchPlaces(places, 'Myropilija').map((place) => place.id)).toEqual([]);
    expect(ids('Myropilija')[0]).toBe('myropillia');
  });
});
