import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ControlClaim, Place } from '../data/schema';
import { deepStateSnapshot, uaControlMapKmz } from '../../tests/fixtures/imports/fixtures';
import { assessClaim, tallyByClaimant } from './assess';
import { landInOperationArea } from './geometry';
import { importFile } from './import-file';
import { OBLAST_LAND_FILE } from './types';
import { parseXml } from './xml';

const land = landInOperationArea(
  JSON.parse(readFileSync(`public/basemap/${OBLAST_LAND_FILE}`, 'utf8')),
);
/** 27 Aug 2024: UA box around Sudzha, grey to its east; 1 Oct 2024: the KMZ. */
const snapshots = [
  importFile(deepStateSnapshot(), parseXml, land),
  importFile(uaControlMapKmz(), parseXml, land),
];

const SUDZHA = { lon: 35.2706, lat: 51.1914 };
const GREY = { lon: 35.55, lat: 51.2 };
const NOWHERE = { lon: 34.2, lat: 50.6 };

const claim = (
  holder: ControlClaim['holder'],
  from: string,
  place = 'p',
  claimant = 'c',
): ControlClaim => ({
  id: `${claimant}-${place}-${from}`,
  claimant,
  place,
  holder,
  from,
  datePrecision: 'day',
  sources: ['s'],
});

describe('assessClaim', () => {
  it('compares with the nearest snapshot on or after the claim and says which', () => {
    const early = assessClaim(claim('ua', '2024-08-15'), SUDZHA, snapshots);
    expect(early?.verdict).toBe('agrees');
    expect(early?.snapshot.date).toBe('2024-08-27');
    const later = assessClaim(claim('ua', '2024-09-01'), SUDZHA, snapshots);
    expect(later?.snapshot.date).toBe('2024-10-01');
  });

  it('disagrees when the place lies in the other side’s area', () => {
    expect(assessClaim(claim('ru', '2024-08-20'), SUDZHA, snapshots)?.verdict).toBe('disagrees');
  });

  it('a grey area covers only a contested claim; outside every area is not covered', () => {
    expect(assessClaim(claim('contested', '2024-08-20'), GREY, snapshots)?.verdict).toBe('agrees');
    expect(assessClaim(claim('ua', '2024-08-20'), GREY, snapshots)?.verdict).toBe('disagrees');
    expect(assessClaim(claim('ua', '2024-08-20'), NOWHERE, snapshots)?.verdict).toBe('not covered');
  });

  it('is null after the last snapshot', () => {
    expect(assessClaim(claim('ru', '2025-03-13'), SUDZHA, snapshots)).toBeNull();
  });
});

describe('tallyByClaimant', () => {
  it('counts each claimant’s located claims by verdict', () => {
    const places = [
      { id: 'sudzha', location: SUDZHA },
      { id: 'unlocated', location: null },
    ] as unknown as Place[];
    const claims = [
      claim('ua', '2024-08-15', 'sudzha', 'ua-gs'),
      claim('ru', '2024-08-16', 'sudzha', 'ru-mod'),
      claim('ru', '2024-08-16', 'unlocated', 'ru-mod'),
      claim('ru', '2025-03-13', 'sudzha', 'ru-mod'),
    ];
    const tallies = tallyByClaimant(claims, places, snapshots);
    expect(tallies.get('ua-gs')).toEqual({ agrees: 1, disagrees: 0, 'not covered': 0 });
    expect(tallies.get('ru-mod')).toEqual({ agrees: 0, disagrees: 1, 'not covered': 0 });
  });
});
