import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDay } from '../data/dates';
import { makeFixtureDataset } from '../test/fixtures';
import {
  clampDay,
  dayAtPointer,
  dayPercent,
  eventCounts,
  monthTicks,
  nextEventDay,
  previousEventDay,
  sliderKeyTarget,
  sortedEventDays,
  timelineRange,
} from './timeline-range';

const d = toDayNumber;

describe('timelineRange', () => {
  it('spans the earliest to the latest event, padded on both sides', () => {
    const range = timelineRange(makeFixtureDataset());
    // 210 days between the fixture's events → 4 days of padding (~2%).
    expect(range).toEqual({ min: d('2024-08-11'), max: d('2025-03-17') });
  });

  it('pads a single-day dataset by at least two days', () => {
    const dataset = makeFixtureDataset();
    dataset.events = dataset.events.filter((e) => e.date === '2024-08-15');
    expect(timelineRange(dataset)).toEqual({ min: d('2024-08-13'), max: d('2024-08-17') });
  });

  it('is null when there are no events', () => {
    const dataset = makeFixtureDataset();
    dataset.events = [];
    expect(timelineRange(dataset)).toBeNull();
  });
});

describe('eventCounts', () => {
  it('counts events per day', () => {
    const counts = eventCounts(makeFixtureDataset());
    expect([...counts].map(([day, n]) => [toIsoDay(day), n])).toEqual([
      ['2024-08-15', 1],
      ['2025-03-13', 2],
    ]);
  });
});

describe('next/previous event day', () => {
  const days = sortedEventDays(
    new Map([
      [30, 1],
      [10, 2],
      [20, 1],
    ]),
  );

  it('sorts event days ascending', () => {
    expect(days).toEqual([10, 20, 30]);
  });

  it('finds the next event day strictly after the day', () => {
    expect(nextEventDay(days, 0)).toBe(10);
    expect(nextEventDay(days, 10)).toBe(20);
    expect(nextEventDay(days, 15)).toBe(20);
    expect(nextEventDay(days, 29)).toBe(30);
    expect(nextEventDay(days, 30)).toBeNull();
    expect(nextEventDay([], 5)).toBeNull();
  });

  it('finds the previous event day strictly before the day', () => {
    expect(previousEventDay(days, 40)).toBe(30);
    expect(previousEventDay(days, 30)).toBe(20);
    expect(previousEventDay(days, 11)).toBe(10);
    expect(previousEventDay(days, 10)).toBeNull();
    expect(previousEventDay([], 5)).toBeNull();
  });
});

describe('clampDay and dayPercent', () => {
  const range = { min: 100, max: 200 };

  it('keeps days inside the range', () => {
    expect(clampDay(50, range)).toBe(100);
    expect(clampDay(150, range)).toBe(150);
    expect(clampDay(250, range)).toBe(200);
  });

  it('maps days to percentages along the axis', () => {
    expect(dayPercent(100, range)).toBe(0);
    expect(dayPercent(125, range)).toBe(25);
    expect(dayPercent(200, range)).toBe(100);
    expect(dayPercent(5, { min: 5, max: 5 })).toBe(0);
  });
});

describe('monthTicks', () => {
  it('labels each month start in the range, with the year on the first and on January', () => {
    const ticks = monthTicks({ min: d('2024-11-20'), max: d('2025-02-01') }, 'en');
    expect(ticks.map((t) => [toIsoDay(t.day), t.month, t.year])).toEqual([
      ['2024-12-01', 'Dec', 2024],
      ['2025-01-01', 'Jan', 2025],
      ['2025-02-01', 'Feb', null],
    ]);
  });

  it('includes a range that starts on the first of a month', () => {
    expect(monthTicks({ min: d('2025-03-01'), max: d('2025-03-10') }, 'en')).toEqual([
      { day: d('2025-03-01'), month: 'Mar', year: 2025 },
    ]);
  });

  it('thins a long axis to at most twelve labels', () => {
    const ticks = monthTicks({ min: d('2020-01-01'), max: d('2025-12-31') }, 'en');
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks[0]).toMatchObject({ month: 'Jan', year: 2020 });
  });
});

describe('sliderKeyTarget', () => {
  const range = { min: 0, max: 40 };
  const days = [10, 20, 30];
  const key = (k: string, day: number, shift = false) =>
    sliderKeyTarget(k, shift, day, days, range);

  it('leaves keys it does not handle to the browser', () => {
    expect(key('Tab', 15)).toBeUndefined();
    expect(key('a', 15)).toBeUndefined();
  });

  it('steps one day with the arrows, stopping at the ends', () => {
    expect(key('ArrowRight', 15)).toBe(16);
    expect(key('ArrowUp', 15)).toBe(16);
    expect(key('ArrowDown', 15)).toBe(14);
    expect(key('ArrowRight', 40)).toBe(40);
    expect(key('ArrowLeft', 0)).toBe(0);
  });

  it('stays put when there is no event to jump to', () => {
    expect(key('PageDown', 35)).toBe(35);
    expect(key('PageUp', 5)).toBe(5);
    expect(key('ArrowRight', 30, true)).toBe(30);
  });

  it('starts from the clamped day when the store holds a day outside the range', () => {
    expect(key('ArrowRight', 99)).toBe(40);
    expect(key('PageDown', -50)).toBe(10);
    expect(key('ArrowLeft', -50)).toBe(0);
  });
});

describe('dayAtPointer', () => {
  it('maps a pointer along the track to a day, clamped to the range', () => {
    const range = { min: 100, max: 200 };
    const track = { left: 50, width: 400 };
    expect(dayAtPointer(50, track, range)).toBe(100);
    expect(dayAtPointer(250, track, range)).toBe(150);
    expect(dayAtPointer(900, track, range)).toBe(200);
  });
});
