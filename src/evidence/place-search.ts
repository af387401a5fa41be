import type { Place } from '../data/schema';

/** Apostrophe look-alikes used in transliterations (Mykhaylivka vs Mykhaĭlivka, Pyl'na vs Pylʼna). */
const APOSTROPHES = /['’‘ʼʹ`´]/g;

/**
 * Folds a name for matching: users type "sudzha", "myropillya" or "Суджа" without the exact
 * diacritics, apostrophes or case the sources use, so all of those are dropped on both sides.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every name a place is known by: English, native and variants. */
function placeNames(place: Place): string[] {
  return [place.names.en, place.names.native, ...place.names.variants];
}

/**
 * Places any of whose names contain the query (folded), sorted by English name; an empty query
 * returns every place, so the list doubles as the index of unlocated places.
 */
export function searchPlaces(places: readonly Place[], query: string): Place[] {
  const needle = normalizeForSearch(query);
  const matches = needle
    ? places.filter((place) =>
        placeNames(place).some((name) => normalizeForSearch(name).includes(needle)),
      )
    : [...places];
  return matches.sort((a, b) => a.names.en.localeCompare(b.names.en, 'en'));
}
