import fc from 'fast-check';
import { LANGS } from '../i18n/langs';
import { ZONE_STATUSES } from '../map/pattern-images';
import { describe, expect, it } from 'vitest';
import { toIsoDay } from '../data/dates';
import { COMBINED_VIEW } from '../data/vocabulary';
import { LAYER_GROUPS, type LayerGroup } from '../state/layers-slice';
import {
  parseUrlState,
  serialiseUrlState,
  STATIC_LIMITS,
  type UrlLimits,
  type UrlState,
} from './url-state';

const RUNS = { numRuns: 1000 };

/** Limits as the app has them once data is loaded: a day span and known ids. */
const LOADED: UrlLimits = {
  minDay: STATIC_LIMITS.minDay + 30,
  maxDay: STATIC_LIMITS.maxDay - 30,
  defaultDay: STATIC_LIMITS.defaultDay,
  placeIds: new Set(['sudzha', 'sumy', 'gis_sudzha', 'korenevo']),
  claimantIds: new Set(['ru-mod', 'isw', 'ua-president']),
};

const ID = /^[a-z0-9][a-z0-9_-]{0,80}$/;

/** Everything parseUrlState promises about its result, whatever the input. */
function expectValid(state: UrlState, limits: UrlLimits): void {
  expect(Number.isInteger(state.day)).toBe(true);
  expect(state.day).toBeGreaterThanOrEqual(limits.minDay);
  expect(state.day).toBeLessThanOrEqual(limits.maxDay);
  if (state.selectedPlaceId !== null) {
    expect(state.selectedPlaceId).toMatch(ID);
    if (limits.placeIds) expect(limits.placeIds.has(state.selectedPlaceId)).toBe(true);
  }
  if (state.view !== COMBINED_VIEW) {
    expect(state.view).toMatch(ID);
    if (limits.claimantIds) expect(limits.claimantIds.has(state.view)).toBe(true);
  }
  expect(Object.keys(state.visibleLayers).sort()).toEqual([...LAYER_GROUPS].sort());
  for (const visible of Object.values(state.visibleLayers)) expect(typeof visible).toBe('boolean');
}

const limitsArb = fc.constantFrom(STATIC_LIMITS, LOADED);

/** Keys the parser reads, mixed with junk, so the interesting branches are reached often. */
const keyArb = fc.oneof(
  fc.constantFrom('date', 'place', 'layers', 'view', 'map', 'DATE', 'date[]', ''),
  fc.string(),
);

/** Values near the valid forms (dates, ids, layer lists, cameras) and anything at all. */
const valueArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer({ min: -100_000, max: 100_000 }).map((d) => toIsoDay(d)),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.nat(99))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('sudzha', 'sumy', 'ru-mod', 'all', 'none', 'zones,events', '%E0%A4%A', '%00'),
  fc.array(fc.constantFrom(...LAYER_GROUPS, 'bogus', ''), { maxLength: 6 }).map((a) => a.join(',')),
  fc
    .tuple(fc.double(), fc.double(), fc.double())
    .map((parts) => parts.map((n) => String(n)).join('/')),
);

const queryArb = fc
  .tuple(
    fc.constantFrom('?', '', '#'),
    fc.array(fc.tuple(keyArb, valueArb, fc.boolean()), { maxLength: 8 }),
  )
  .map(
    ([prefix, pairs]) =>
      prefix +
      pairs
        .map(([k, v, encode]) => `${encodeURIComponent(k)}=${encode ? encodeURIComponent(v) : v}`)
        .join('&'),
  );

describe('parseUrlState (property-based)', () => {
  it('never throws and yields a valid state for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), limitsArb, (search, limits) => {
        expectValid(parseUrlState(search, limits), limits);
      }),
      RUNS,
    );
  });

  it('never throws and yields a valid state for arbitrary key/value queries', () => {
    fc.assert(
      fc.property(queryArb, limitsArb, (search, limits) => {
        expectValid(parseUrlState(search, limits), limits);
      }),
      RUNS,
    );
  });
});

const layersArb = fc
  .tuple(...LAYER_GROUPS.map(() => fc.boolean()))
  .map(
    (flags) =>
      Object.fromEntries(LAYER_GROUPS.map((g, i) => [g, flags[i]])) as Record<LayerGroup, boolean>,
  );

/** Any well-formed id up to the 81-character limit; `size: 'max'` so long ones come up too. */
const idArb = fc
  .tuple(
    fc.constantFrom(...'az09'),
    fc.string({ unit: fc.constantFrom(...'abz09_-'), maxLength: 80, size: 'max' }),
  )
  .map(([head, tail]) => head + tail);

function validStateArb(limits: UrlLimits): fc.Arbitrary<UrlState> {
  const ids = (set: ReadonlySet<string> | null | undefined) =>
    set ? fc.constantFrom(...set) : idArb;
  const viewArb = fc.oneof(fc.constant(COMBINED_VIEW), ids(limits.claimantIds));
  const zoneArb = fc.record({ view: viewArb, status: fc.constantFrom(...ZONE_STATUSES) });
  return fc
    .record({
      day: fc.integer({ min: limits.minDay, max: limits.maxDay }),
      compareDay: fc.option(fc.integer({ min: limits.minDay, max: limits.maxDay }), { nil: null }),
      selectedPlaceId: fc.option(ids(limits.placeIds), { nil: null }),
      selectedZone: fc.option(zoneArb, { nil: null }),
      visibleLayers: layersArb,
      view: viewArb,
      lang: fc.constantFrom(...LANGS),
    })
    .map((state) => (state.selectedPlaceId === null ? state : { ...state, selectedZone: null }));
}

describe('serialiseUrlState (property-based)', () => {
  it.each([
    ['static limits', STATIC_LIMITS],
    ['loaded limits', LOADED],
  ] as const)('round-trips every valid state (%s)', (_, limits) => {
    fc.assert(
      fc.property(validStateArb(limits), (state) => {
        expect(parseUrlState(serialiseUrlState(state), limits)).toEqual(state);
      }),
      RUNS,
    );
  });
});
