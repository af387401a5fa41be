import { describe, expect, it } from 'vitest';
import { detectLang, isLang } from './langs';
import { formatDay, formatNumber } from './format';
import en from './catalogs/en.json';
import uk from './catalogs/uk.json';
import ru from './catalogs/ru.json';

describe('detectLang', () => {
  it('takes the first preferred language the interface speaks, by its base tag', () => {
    expect(detectLang(['de-DE', 'uk-UA', 'ru'])).toBe('uk');
    expect(detectLang(['RU'])).toBe('ru');
    expect(detectLang(['fr', 'de'])).toBe('en');
    expect(detectLang([])).toBe('en');
  });

  it('accepts only the three codes', () => {
    expect(isLang('uk')).toBe(true);
    expect(isLang('ua')).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});

describe('formatDay and formatNumber', () => {
  const day = Date.UTC(2025, 2, 13) / 86_400_000;
  it('write dates and numbers in the chosen language', () => {
    expect(formatDay(day, 'en', 'long')).toBe('Thursday 13 March 2025');
    expect(formatDay(day, 'uk', 'long')).toContain('13 березня 2025');
    expect(formatDay(day, 'ru', 'long')).toContain('13 марта 2025');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(1234.5, 'uk', 1)).toBe('1\u00a0234,5');
  });
});

describe('catalogs', () => {
  it('have the same keys in every language', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(uk).sort()).toEqual(keys);
    expect(Object.keys(ru).sort()).toEqual(keys);
  });
});
