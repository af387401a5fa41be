import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../test/fixtures';
import { packZoneStatuses, readZoneStatuses } from './zone-status-file';
import { zoneStatuses } from './zone-status';

describe('zone-status.json', () => {
  const dataset = makeFixtureDataset();
  // The MoD's claim says 'liberated', so an implied span is written too.
  dataset.claims.find((claim) => claim.claimant === 'ru-mod')!.liberated = true;
  const statuses = zoneStatuses(dataset);
  const text = JSON.stringify(packZoneStatuses(statuses));

  it('reads back exactly the statuses it was written from', () => {
    expect(statuses.views.all?.length).toBeGreaterThan(0);
    expect(statuses.implied.length).toBeGreaterThan(0);
    expect(readZoneStatuses(text)).toEqual(statuses);
  });

  it.each([
    ['missing', undefined],
    ['unreadable', { failure: 'HTTP 500' }],
    ['not JSON', '{"views":'],
    ['not an object', '[]'],
    ['without implied spans', '{"views":{}}'],
    ['with an interval of another shape', '{"implied":[],"views":{"all":[["sudzha","ru",1]]}}'],
    ['with an unknown status', '{"implied":[],"views":{"all":[["sudzha","held",1,2]]}}'],
    ['with a fractional day', '{"implied":[],"views":{"all":[["sudzha","ru",1.5,2]]}}'],
  ])('is not read when %s, so the page derives the statuses', (_case, bad) => {
    expect(readZoneStatuses(bad)).toBeNull();
  });
});
