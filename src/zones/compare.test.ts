import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/data-folder';
import { toDayNumber } from '../data/dates';
import type { ControlClaim } from '../data/schema';
import { viewStatusIntervals } from './combined-status';
import {
  changeIntervals,
  changeKind,
  orderedDays,
  placeChanges,
  readingAt,
  sideChanges,
  type Reading,
} from './compare';
import { zoneStatuses } from './zone-status';
import type { ZoneCell } from './zone-cells-schema';

let nextId = 0;
function claim(
  claimant: string,
  holder: ControlClaim['holder'],
  from: string,
  place = 'p',
): ControlClaim {
  nextId += 1;
  return { id: `c${nextId}`, claimant, place, holder, from, datePrecision: 'day', sources: ['s'] };
}

const day = toDayNumber;
const cell = (areaKm2: number): ZoneCell => ({
  site: [35, 51],
  geometry: { type: 'Polygon', coordinates: [] },
  areaKm2,
});

/** Claims and their views, with every place given a cell of 10 km² (q has none). */
function zonesOf(claims: ControlClaim[]) {
  const views = viewStatusIntervals(claims, [], { disputeWindowDays: 7 });
  const cells = new Map([
    ['p', cell(10)],
    ['r', cell(4)],
  ]);
  return { views, cells };
}

const reading = (status: Reading['status'], lean: Reading['lean']): Reading => ({ status, lean });

describe('changeKind', () => {
  it('names the side a place moved to, a new dispute, or the side that lost it to neither', () => {
    expect(changeKind(reading('ua', 'ua'), reading('ru', 'ru'))).toBe('ru-gained');
    expect(changeKind(reading(null, null), reading('ua-implied', 'ua'))).toBe('ua-gained');
    expect(changeKind(reading('ua', 'ua'), reading('disputed', 'ru'))).toBe('ru-gained');
    expect(changeKind(reading('ua', 'ua'), reading('disputed', 'ua'))).toBe('disputed');
    expect(changeKind(reading('ua', 'ua'), reading('disputed', null))).toBe('disputed');
    expect(changeKind(reading('ru', 'ru'), reading('contested', null))).toBe('ru-lost');
    expect(changeKind(reading('ua-implied', 'ua'), reading(null, null))).toBe('ua-lost');
  });

  it('is no change when the holder stays, stated or implied', () => {
    expect(changeKind(reading('ua-implied', 'ua'), reading('ua', 'ua'))).toBeNull();
    expect(changeKind(reading('contested', null), reading('contested', null))).toBeNull();
    expect(changeKind(reading('disputed', 'ru'), reading('disputed', 'ru'))).toBeNull();
  });
});

describe('readingAt', () => {
  it('gives a disputed place the side of its deciding claim, none when that day disagrees', () => {
    const claims = [claim('ua-x', 'ua', '2025-03-10'), claim('ru-x', 'ru', '2025-03-12')];
    const { views } = zonesOf(claims);
    expect(readingAt(views.all ?? [], claims, 'p', day('2025-03-12'))).toEqual({
      status: 'disputed',
      lean: 'ru',
    });
    const sameDay = [...claims, claim('ua-y', 'ua', '2025-03-12')];
    expect(readingAt(zonesOf(sameDay).views.all ?? [], sameDay, 'p', day('2025-03-13'))).toEqual({
      status: 'disputed',
      lean: null,
    });
  });
});

describe('placeChanges', () => {
  const claims = [
    claim('ua-x', 'ua', '2024-08-20', 'p'),
    claim('ru-x', 'ru', '2025-03-12', 'p'),
    claim('ua-x', 'ua', '2024-08-20', 'r'),
    claim('ru-x', 'contested', '2025-01-01', 'r'),
    claim('ua-x', 'ua', '2024-08-20', 'q'),
  ];
  const zones = zonesOf(claims);

  it('lists what changed hands with the claims made since the earlier date, in either order', () => {
    const changes = placeChanges(zones, claims, 'all', day('2024-08-27'), day('2025-03-13'));
    expect(changes.map((c) => [c.place, c.kind])).toEqual([
      ['p', 'ru-gained'],
      ['r', 'ua-lost'],
    ]);
    expect(changes[0]?.claims.map((c) => c.claimant)).toEqual(['ru-x']);
    expect(changes[0]?.km2).toBe(10);
    expect(placeChanges(zones, claims, 'all', day('2025-03-13'), day('2024-08-27'))).toEqual(
      changes,
    );
  });

  it("follows one claimant's word in its view", () => {
    const changes = placeChanges(zones, claims, 'ua-x', day('2024-08-27'), day('2025-03-13'));
    expect(changes).toEqual([]);
    const ru = placeChanges(zones, claims, 'ru-x', day('2024-08-27'), day('2025-03-13'));
    expect(ru.map((c) => [c.place, c.kind])).toEqual([['p', 'ru-gained']]);
  });

  it('sums each side’s gains and losses over the drawn cells', () => {
    const changes = placeChanges(zones, claims, 'all', day('2024-08-27'), day('2025-03-13'));
    const ru = sideChanges(changes, 'ru');
    const ua = sideChanges(changes, 'ua');
    expect([ru.gained.length, ru.gainedKm2, ru.lost.length]).toEqual([1, 10, 0]);
    expect([ua.gained.length, ua.lost.map((c) => c.place), ua.lostKm2]).toEqual([
      0,
      ['p', 'r'],
      14,
    ]);
  });
});

describe('changeIntervals', () => {
  it('gives, for any selected day, the same kind as comparing the two days directly', () => {
    const claims = [
      claim('ua-x', 'ua', '2024-08-20'),
      claim('ru-x', 'contested', '2024-12-01'),
      claim('ru-x', 'ru', '2025-03-12'),
      claim('ua-x', 'ua', '2025-03-14'),
    ];
    const zones = zonesOf(claims);
    const fixed = day('2024-09-01');
    const intervals = changeIntervals(zones, claims, 'all', fixed);
    for (let d = day('2024-08-01'); d < day('2025-05-01'); d += 3) {
      const direct = placeChanges(zones, claims, 'all', fixed, d)[0]?.kind ?? null;
      const drawn = intervals.find((i) => i.place === 'p' && i.from <= d && d < i.to)?.kind;
      expect(drawn ?? null, `day ${d}`).toBe(direct);
    }
  });
});

describe('orderedDays', () => {
  it('puts the earlier day first', () => {
    expect(orderedDays(5, 2)).toEqual({ from: 2, to: 5 });
  });
});

describe('on the real data', () => {
  it('has Sudzha among the settlements Russia gained from 27 Aug 2024 to 13 Mar 2025, combined', () => {
    const { dataset } = readDataFolder(join(import.meta.dirname, '..', '..', 'data'));
    const zones = { ...zoneStatuses(dataset), cells: new Map<string, ZoneCell>() };
    const changes = placeChanges(
      zones,
      dataset.claims,
      'all',
      day('2024-08-27'),
      day('2025-03-13'),
    );
    const sudzha = sideChanges(changes, 'ru').gained.find((c) => c.place === 'sudzha');
    expect(sudzha?.before.lean).toBe('ua');
    expect(sudzha?.after.lean).toBe('ru');
    expect(sudzha?.claims.every((c) => day(c.from) > day('2024-08-27'))).toBe(true);
  });
});
