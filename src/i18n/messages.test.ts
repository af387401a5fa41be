import { setupI18n, type Messages } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import en from './catalogs/en.json';
import uk from './catalogs/uk.json';
import ru from './catalogs/ru.json';

const i18n = setupI18n({
  locale: 'en',
  messages: { en: en as Messages, uk: uk as Messages, ru: ru as Messages },
});

const say = (lang: string, key: keyof typeof en, values?: Record<string, unknown>) => {
  i18n.activate(lang);
  return i18n._(key, values);
};

describe('catalog messages', () => {
  it('count with each language’s plural forms', () => {
    expect([0, 1, 6].map((count) => say('en', 'timeline.count', { count }))).toEqual([
      'no reported events',
      '1 reported event',
      '6 reported events',
    ]);
    expect([1, 3, 5, 21].map((count) => say('uk', 'timeline.count', { count }))).toEqual([
      'повідомлено про 1 подію',
      'повідомлено про 3 події',
      'повідомлено про 5 подій',
      'повідомлено про 21 подію',
    ]);
    expect([1, 3, 5].map((count) => say('ru', 'timeline.count', { count }))).toEqual([
      'сообщено о 1 событии',
      'сообщено о 3 событиях',
      'сообщено о 5 событиях',
    ]);
  });

  it('all parse: no message in any catalog is malformed ICU', () => {
    for (const [lang, catalog] of Object.entries({ en, uk, ru })) {
      for (const key of Object.keys(catalog) as (keyof typeof en)[]) {
        expect(() => say(lang, key, {}), `${lang} ${key}`).not.toThrow();
      }
    }
  });
});
