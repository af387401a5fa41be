import type Fuse from 'fuse.js';
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
 * Cyrillic letters (Russian and Ukrainian) to the Latin letters readers type for them, so a
 * Latin query finds a name known only in Cyrillic and a stray Cyrillic letter in a Latin query
 * ("Sudzhа" with a Cyrillic а) still matches. A search key only, not a transliteration standard.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A folded name with every Cyrillic letter spelled in Latin ("Суджа" → "sudzha"). */
export function latinKey(text: string): string {
  return normalizeForSearch(text.normalize('NFC').toLowerCase())
    .replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC_TO_LATIN[letter] ?? letter)
    .replace(/[^a-z0-9 ]/g, '');
}

/** Every key a place can be found by: each name folded, and each spelled in Latin letters. */
function searchKeys(place: Place): string[] {
  const names = placeNames(place);
  return [...new Set([...names.map(normalizeForSearch), ...names.map(latinKey)])];
}

/** The fuzzy matcher's class (fuse.js), passed in once {@link loadFuzzyMatcher} has it. */
export type FuzzyMatcher = typeof Fuse;

/**
 * Fetches the fuzzy matcher: a chunk of its own, asked for on the first keystroke, because the
 * first paint lists places without searching them.
 */
export const loadFuzzyMatcher = (): Promise<FuzzyMatcher> =>
  import('fuse.js').then((module) => module.default);

interface Entry {
  place: Place;
  keys: string[];
}

const KEYS = new WeakMap<readonly Place[], Map<Place, string[]>>();
const FUZZY = new WeakMap<readonly Place[], Fuse<Entry>>();

function keyIndex(places: readonly Place[]): Map<Place, string[]> {
  let keys = KEYS.get(places);
  if (!keys) {
    keys = new Map(places.map((place) => [place, searchKeys(place)]));
    KEYS.set(places, keys);
  }
  return keys;
}

function fuzzyIndex(places: readonly Place[], Matcher: FuzzyMatcher): Fuse<Entry> {
  let fuse = FUZZY.get(places);
  if (!fuse) {
    const entries = [...keyIndex(places)].map(([place, keys]) => ({ place, keys }));
    // Typo tolerance: about one wrong letter in five, anywhere in the name.
    fuse = new Matcher(entries, { keys: ['keys'], threshold: 0.25, ignoreLocation: true });
    FUZZY.set(places, fuse);
  }
  return fuse;
}

/**
 * Places matching the query under any spelling or transliteration. Names containing the query
 * come first (sorted by English name), then near misses by closeness ("Sudhza", "Sudja",
 * "Miropolye"; those last need `fuzzy`, the matcher once loaded); an empty query returns every
 * place, so the list doubles as the index of unlocated places.
 */
export function searchPlaces(
  places: readonly Place[],
  query: string,
  fuzzy?: FuzzyMatcher,
): Place[] {
  const needle = normalizeForSearch(query);
  if (!needle) return [...places].sort(byEnglishName);
  const latin = latinKey(query);
  const keys = keyIndex(places);
  const exact = places
    .filter((place) =>
      (keys.get(place) ?? []).some(
        (key) => key.includes(needle) || (latin !== '' && key.includes(latin)),
      ),
    )
    .sort(byEnglishName);
  const found = new Set(exact);
  if (latin.length < 3) return exact;
  // One slip (a swapped pair, a missing, extra or wrong letter) in a name or its beginning,
  // then what the fuzzy index finds.
  const slipped = (whole: boolean) =>
    places.filter(
      (place) =>
        !found.has(place) &&
        (keys.get(place) ?? []).some((key) =>
          oneSlip(latin, whole ? key : key.slice(0, latin.length)),
        ),
    );
  const whole = slipped(true);
  const slips = [...whole, ...slipped(false).filter((place) => !whole.includes(place))];
  for (const place of slips) found.add(place);
  if (!fuzzy) return [...exact, ...slips];
  const near = fuzzyIndex(places, fuzzy)
    .search(latin)
    .map((hit) => hit.item.place);
  return [...exact, ...slips, ...near.filter((place) => !found.has(place))];
}

/** Whether `a` becomes `b` by at most one edit: substitution, insertion, deletion or swap. */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return (
    rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2))
  );
}

function byEnglishName(a: Place, b: Place): number {
  return a.names.en.localeCompare(b.names.en, 'en');
}
