import type { AssessedSide } from './types';

/** DeepState's status keys (`… /// geoJSON.status.<key>`, also `{{at:DD.MM}}` variants). */
const STATUS_KEYS: Record<string, AssessedSide> = {
  dismissed: 'ua',
  liberated: 'ua',
  occupied: 'ru',
  unknown: 'unknown',
};

/**
 * Fill colours of DeepState's Kursk-era layers (formats.md): Ukrainian-held in Kursk oblast,
 * the 2022 liberations, grey/unknown, Russian-occupied.
 */
const FILL_COLOURS: Record<string, AssessedSide> = {
  '#01579b': 'ua',
  '#0f9d58': 'ua',
  '#a52714': 'ru',
  '#bdbdbd': 'unknown',
  '#bcaaa4': 'unknown',
};

/** Words in names such as UAControlMap's "Ukrainian Kursk Incursion" or ISW layer titles. */
const NAME_WORDS: [RegExp, AssessedSide][] = [
  [/\b(ukrain\w*|ua)\b/i, 'ua'],
  [/\b(russia\w*|ru)\b/i, 'ru'],
  [/\b(grey|gray|contested|unknown)\b/i, 'unknown'],
];

/** Property names that carry a feature's name or status in the known formats. */
const NAME_KEYS = ['name', 'Name', 'NAME', 'title', 'status', 'Status', 'layer', 'Layer'];

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** The label a feature is shown and mapped by: its name or status, else its fill colour. */
export function featureLabel(properties: Record<string, unknown> | null): string {
  const props = properties ?? {};
  for (const key of NAME_KEYS) {
    const value = text(props[key]);
    if (value) return value;
  }
  return text(props.fill) ?? '(unnamed)';
}

/**
 * The side a feature's properties name by a known status key, fill colour or name; null when
 * none is recognised (the page asks the user).
 */
export function sideOf(properties: Record<string, unknown> | null): AssessedSide | null {
  const props = properties ?? {};
  const names = NAME_KEYS.map((key) => text(props[key])).filter((v): v is string => v !== null);
  for (const name of names) {
    const key = /geoJSON\.status\.(\w+)/.exec(name)?.[1];
    if (key && key in STATUS_KEYS) return STATUS_KEYS[key] ?? null;
  }
  const fill = text(props.fill)?.toLowerCase();
  if (fill && fill in FILL_COLOURS) return FILL_COLOURS[fill] ?? null;
  for (const name of names) {
    const side = NAME_WORDS.find(([pattern]) => pattern.test(name))?.[1];
    if (side) return side;
  }
  return null;
}
