import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { DEFAULT_VISIBLE_LAYERS } from '../state/layers-slice';
import { i18n } from '../i18n/setup';
import type { Translate } from '../i18n/setup';
import { citationHeading, citationLine, exportFileName, shareUrl } from './share';

const t = i18n.t.bind(i18n) as Translate;

const STATE = {
  day: toDayNumber('2025-03-13'),
  compareDay: null,
  selectedPlaceId: null,
  selectedZone: null,
  visibleLayers: DEFAULT_VISIBLE_LAYERS,
  view: 'all',
  lang: 'en' as const,
};
const LOCATION = { origin: 'https://map.example', pathname: '/', hash: '#map=10/51.19/35.27' };

describe('shareUrl', () => {
  it('names the date and the view, even the combined one, and keeps the camera', () => {
    expect(shareUrl(STATE, LOCATION)).toBe(
      'https://map.example/?date=2025-03-13&view=all&lang=en#map=10/51.19/35.27',
    );
  });
});

describe('citationLine', () => {
  it('gives title, date shown, view, URL and access date in one line', () => {
    const line = citationLine(
      {
        title: 'Kursk–Sumy border front',
        day: STATE.day,
        compareDay: null,
        viewName: 'All claimants, combined',
        url: 'https://map.example/?date=2025-03-13&view=all',
        accessed: new Date('2026-12-01T00:30:00Z'),
      },
      t,
      'en',
    );
    expect(line).toBe(
      'Kursk–Sumy border front, map as of Thursday 13 March 2025, claims shown: All claimants, combined. https://map.example/?date=2025-03-13&view=all (accessed Tuesday 1 December 2026)',
    );
    expect(line).not.toContain('\n');
  });

  it('names both dates of a comparison, earlier first', () => {
    const line = citationLine(
      {
        title: 'T',
        day: STATE.day,
        compareDay: toDayNumber('2024-08-27'),
        viewName: 'V',
        url: 'u',
        accessed: new Date('2026-12-01T00:00:00Z'),
      },
      t,
      'en',
    );
    expect(line).toContain('changes from Tuesday 27 August 2024 to Thursday 13 March 2025');
  });
});

describe('exportFileName', () => {
  it('carries the date(s) and the view', () => {
    expect(exportFileName(STATE.day, null, 'all', 'png')).toBe(
      'kursk-sumy-front_2025-03-13_all.png',
    );
    expect(exportFileName(STATE.day, toDayNumber('2024-08-27'), 'isw', 'csv')).toBe(
      'kursk-sumy-front_2024-08-27_to_2025-03-13_isw.csv',
    );
  });
});

describe('citationHeading', () => {
  it('gives the image the title, the date shown and the view', () => {
    expect(citationHeading(STATE.day, null, 'ISW', t, 'en')).toEqual([
      'Kursk–Sumy border front',
      'map as of Thursday 13 March 2025',
      'Claims shown: ISW',
    ]);
  });
});
