import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../data/dates';
import { DEFAULT_VISIBLE_LAYERS } from '../state/layers-slice';
import {
  DEFAULT_DAY,
  loadedLimits,
  parseUrlState,
  serialiseUrlState,
  STATIC_LIMITS,
  type UrlState,
  type UrlLimits,
} from './url-state';

const day = (iso: string) => parseIsoDay(iso) as number;

const LOADED: UrlLimits = {
  minDay: day('2024-08-01'),
  maxDay: day('2025-04-30'),
  defaultDay: DEFAULT_DAY,
  placeIds: new Set(['sudzha', 'sumy']),
  claimantIds: new Set(['ru-mod', 'isw']),
};

const DEFAULTS = {
  day: DEFAULT_DAY,
  compareDay: null,
  selectedPlaceId: null,
  selectedZone: null,
  visibleLayers: DEFAULT_VISIBLE_LAYERS,
  view: 'all',
  lang: 'en' as const,
};

describe('parseUrlState', () => {
  it('opens the default view for an empty URL', () => {
    expect(parseUrlState('', STATIC_LIMITS)).toEqual(DEFAULTS);
  });

  it('reads every declared parameter', () => {
    const state = parseUrlState(
      '?date=2025-03-12&place=sudzha&layers=zones,events&view=ru-mod&lang=ru',
      LOADED,
    );
    expect(state).toEqual({
      day: day('2025-03-12'),
      compareDay: null,
      selectedPlaceId: 'sudzha',
      selectedZone: null,
      visibleLayers: {
        settlements: false,
        evacuations: false,
        zones: true,
        implied: false,
        events: true,
      },
      view: 'ru-mod',
      lang: 'ru',
    });
  });

  it('reads the comparison date, clamped like the date, and drops a malformed one', () => {
    expect(parseUrlState('?date=2025-03-13&compare=2024-08-27', LOADED).compareDay).toBe(
      day('2024-08-27'),
    );
    expect(parseUrlState('?compare=1999-01-01', LOADED).compareDay).toBe(LOADED.minDay);
    expect(parseUrlState('?compare=2025-02-30', LOADED).compareDay).toBeNull();
    expect(parseUrlState('?compare=yesterday', LOADED).compareDay).toBeNull();
  });

  it('writes the comparison date after the date, and nothing when not comparing', () => {
    const state = { ...DEFAULTS, day: day('2025-03-13'), compareDay: day('2024-08-27') };
    expect(serialiseUrlState(state)).toBe('?date=2025-03-13&compare=2024-08-27&lang=en');
    expect(serialiseUrlState({ ...state, compareDay: null })).toBe('?date=2025-03-13&lang=en');
  });

  it('clamps dates outside the data range', () => {
    expect(parseUrlState('?date=1999-01-01', LOADED).day).toBe(LOADED.minDay);
    expect(parseUrlState('?date=2099-12-31', LOADED).day).toBe(LOADED.maxDay);
  });

  it.each([
    '?date=2025-02-30',
    '?date=13-03-2025',
    '?date=',
    '?date=%E0%A4%A',
    '?place=Sudzha!',
    '?place=unknown-place',
    '?layers=bogus',
    '?layers=',
    '?view=nobody',
    '?view=../../etc',
    '?&&==&date',
    '?date=2025-03-13T00:00:00Z',
    '?%00=%00',
    `?place=${'a'.repeat(500)}`,
    'garbage',
  ])('falls back to defaults for %j', (search) => {
    const state = parseUrlState(search, LOADED);
    const key = search.slice(1).split('=')[0];
    if (key === 'date') expect(state.day).toBe(DEFAULT_DAY);
    expect(state.selectedPlaceId).toBeNull();
    expect(state.view).toBe('all');
    expect(state.visibleLayers).toEqual(DEFAULT_VISIBLE_LAYERS);
  });

  it('keeps known layers and ignores unknown ones in the list', () => {
    const state = parseUrlState('?layers=zones,nonsense', LOADED);
    expect(state.visibleLayers).toEqual({
      settlements: false,
      evacuations: false,
      zones: true,
      implied: false,
      events: false,
    });
  });

  it('accepts any well-formed id before the data is loaded', () => {
    const state = parseUrlState('?place=korenevo&view=ua-gs', STATIC_LIMITS);
    expect(state.selectedPlaceId).toBe('korenevo');
    expect(state.view).toBe('ua-gs');
  });
});

describe('serialiseUrlState', () => {
  it('writes only the date at defaults', () => {
    expect(serialiseUrlState(DEFAULTS)).toBe('?date=2025-03-13&lang=en');
  });

  it('writes layers as a readable list, and none explicitly', () => {
    const off = {
      settlements: false,
      evacuations: false,
      zones: false,
      implied: false,
      events: false,
    };
    expect(serialiseUrlState({ ...DEFAULTS, visibleLayers: off })).toBe(
      '?date=2025-03-13&layers=none&lang=en',
    );
    expect(
      serialiseUrlState({ ...DEFAULTS, visibleLayers: { ...off, zones: true, events: true } }),
    ).toBe('?date=2025-03-13&layers=zones,events&lang=en');
  });

  const cases: UrlState[] = [
    DEFAULTS,
    { ...DEFAULTS, day: day('2024-08-05'), selectedPlaceId: 'sumy', view: 'isw', lang: 'uk' },
    {
      ...DEFAULTS,
      visibleLayers: {
        settlements: true,
        evacuations: false,
        zones: true,
        implied: true,
        events: false,
      },
    },
    {
      ...DEFAULTS,
      visibleLayers: {
        settlements: false,
        evacuations: false,
        zones: false,
        implied: false,
        events: false,
      },
    },
  ];
  it.each(cases)('round-trips %j', (state) => {
    const back = parseUrlState(serialiseUrlState(state), LOADED);
    expect(back).toEqual(state);
  });
});

describe('loadedLimits', () => {
  it('re-checks a start-up URL against the loaded data', () => {
    const limits = loadedLimits({ min: day('2024-08-01'), max: day('2025-03-01') }, ['sumy'], []);
    expect(limits.defaultDay).toBe(day('2025-03-01'));
    const state = parseUrlState('?date=2025-03-13&place=sudzha&view=ru-mod', limits);
    expect(state).toMatchObject({ day: day('2025-03-01'), selectedPlaceId: null, view: 'all' });
  });

  it('falls back to the static span when the data has no dated events', () => {
    const limits = loadedLimits(null, [], ['isw']);
    expect([limits.minDay, limits.maxDay]).toEqual([STATIC_LIMITS.minDay, STATIC_LIMITS.maxDay]);
    expect(parseUrlState('?view=isw', limits).view).toBe('isw');
  });
});

describe('lang in the URL', () => {
  it('reads a supported language, else the browser default, else English', () => {
    expect(parseUrlState('?lang=ru', LOADED).lang).toBe('ru');
    expect(parseUrlState('?lang=de', { ...LOADED, defaultLang: 'uk' }).lang).toBe('uk');
    expect(parseUrlState('?lang=UK', LOADED).lang).toBe('en');
    expect(parseUrlState('', { ...LOADED, defaultLang: 'ru' }).lang).toBe('ru');
  });

  it('always writes the language, so a link opens in the language it was shared in', () => {
    expect(serialiseUrlState({ ...DEFAULTS, lang: 'uk' })).toBe('?date=2025-03-13&lang=uk');
  });
});

describe('zone in the URL', () => {
  it('reads and writes a selected zone as view.status, dropping unknown views and statuses', () => {
    const parse = (search: string) => parseUrlState(search, LOADED).selectedZone;
    expect(parse('?zone=ru-mod.ru-implied')).toEqual({ view: 'ru-mod', status: 'ru-implied' });
    expect(parse('?zone=all.disputed')).toEqual({ view: 'all', status: 'disputed' });
    expect(parse('?zone=nobody.ru')).toBeNull();
    expect(parse('?zone=ru-mod.blue')).toBeNull();
    expect(parse('?zone=ru-mod.ru&place=sudzha')).toBeNull();
    expect(serialiseUrlState({ ...DEFAULTS, selectedZone: { view: 'isw', status: 'ua' } })).toBe(
      '?date=2025-03-13&zone=isw.ua&lang=en',
    );
  });
});
