import { parseIsoDay } from '../data/dates';
import type { Place, Side } from '../data/schema';
import { formatDay } from './format';
import type { Lang } from './langs';
import type { MessageKey, Translate } from './setup';

/**
 * A short date in `lang`, prefixed "approx." when the source gives only a rough date, so a reader
 * never takes an approximate date for an exact one.
 */
export function shortDay(t: Translate, lang: Lang, day: number, approximate = false): string {
  const text = formatDay(day, lang, 'short');
  return approximate ? t('date.approx', { date: text }) : text;
}

/**
 * Like {@link shortDay} for a stored `YYYY-MM-DD`; a malformed date is shown as written rather
 * than crashing the panel, since the panel also renders records that skipped validation.
 */
export function shortIso(t: Translate, lang: Lang, iso: string, approximate = false): string {
  const day = parseIsoDay(iso);
  if (day === null) return approximate ? t('date.approx', { date: iso }) : iso;
  return shortDay(t, lang, day, approximate);
}

/**
 * A place's name for `lang`: English in English, otherwise the native (Ukrainian or Russian)
 * name, the only Cyrillic form the data records.
 */
export function placeName(place: Pick<Place, 'names'>, lang: Lang): string {
  return lang === 'en' ? place.names.en : place.names.native;
}

/** The name the list shows under {@link placeName}: the other form, for searching and reading. */
export function otherPlaceName(place: Pick<Place, 'names'>, lang: Lang): string {
  return lang === 'en' ? place.names.native : place.names.en;
}

const OBLAST_KEYS: Record<string, MessageKey> = {
  'Kursk Oblast': 'place.oblast.kursk',
  'Sumy Oblast': 'place.oblast.sumy',
};

/** An oblast as `lang` names it ("Курська область"); one the catalogs lack stays as recorded. */
export function oblastName(t: Translate, oblast: string): string {
  const key = OBLAST_KEYS[oblast];
  return key ? t(key) : oblast;
}

/**
 * A control claim worded as a claim, never as fact: "Russian Defence Ministry claims: held by
 * Russia since 13 Mar 2025".
 */
export function claimSentence(t: Translate, claimant: string, holder: Side, since: string): string {
  return t(`claim.sentence.${holder}`, { claimant, since });
}
