import { translate } from '../i18n/setup';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../data/dates';
import { makeFixtureDataset } from '../test/fixtures';
import { buildEvidenceIndex } from './evidence-index';
import { describeEvacuation, evacuationLabel, evacuationsForPlace } from './evacuations';

describe('evacuationsForPlace', () => {
  const { evacuations } = makeFixtureDataset();

  it('finds orders covering the place as a hromada centre from their date on', () => {
    expect(evacuationsForPlace(evacuations, 'myropillia', toDayNumber('2025-03-12'))).toEqual([]);
    const ids = evacuationsForPlace(evacuations, 'myropillia', toDayNumber('2025-03-13'));
    expect(ids.map((order) => order.id)).toEqual(['evac-2025-03-13-sumy']);
  });

  it('finds orders naming the place as a settlement', () => {
    const order = { ...evacuations[0]!, area: { oblast: 'Sumy Oblast', hromadas: [] } };
    order.settlements = { named: ['myropillia'], count: null };
    expect(evacuationsForPlace([order], 'myropillia', toDayNumber('2025-03-13'))).toHaveLength(1);
    expect(evacuationsForPlace([order], 'sudzha', toDayNumber('2025-03-13'))).toEqual([]);
  });
});

describe('describeEvacuation', () => {
  it('builds the sentence from the record', () => {
    const dataset = makeFixtureDataset();
    const index = buildEvidenceIndex(dataset);
    expect(describeEvacuation(dataset.evacuations[0]!, index, translate, 'en')).toBe(
      'Evacuation order, 13 Mar 2025, by Sumy Oblast Military Administration: 8 settlements in ' +
        'the Myropillia hromada (names not published), 543 people',
    );
  });

  it('names settlements and hromadas when given, and says when numbers are not stated', () => {
    const dataset = makeFixtureDataset();
    const index = buildEvidenceIndex(dataset);
    const order = {
      ...dataset.evacuations[0]!,
      datePrecision: 'approximate' as const,
      area: { oblast: 'Sumy Oblast', hromadas: ['myropillia', 'sudzha', 'melovoy'] },
      settlements: { named: ['melovoy'], count: null },
      people: null,
    };
    expect(describeEvacuation(order, index, translate, 'en')).toBe(
      'Evacuation order, approx. 13 Mar 2025, by Sumy Oblast Military Administration: ' +
        '1 settlement in the Myropillia, Sudzha and Melovoy hromadas: Melovoy, ' +
        'number of people not stated',
    );
  });
});

describe('evacuationLabel', () => {
  it('labels an order from its record', () => {
    const [order] = makeFixtureDataset().evacuations;
    expect(evacuationLabel(order!, translate)).toBe(
      'Evacuation order · 8 settlements (names not published) · 543 people',
    );
    const changed = { settlements: { named: ['a', 'b'], count: 1200 }, people: 15000 };
    expect(evacuationLabel(changed, translate)).toBe(
      'Evacuation order · 1,200 settlements (2 named) · 15,000 people',
    );
    expect(
      evacuationLabel({ settlements: { named: [], count: null }, people: null }, translate),
    ).toBe('Evacuation order · settlements (number not stated) · number of people not stated');
  });
});
