import { describe, expect, it } from 'vitest';
import { ZONE_AREA_LAYERS } from '../../src/map/evidence-layers';
import { appSessionFixture } from './harness';

const app = appSessionFixture();

describe('a second visit without the network', () => {
  it('reloads offline and still draws the evidence and reads Sudzha from the panel', async () => {
    const map = await app.openReady('/?date=2025-03-13&place=sudzha');
    await map.waitForServiceWorker();
    await map.setOffline(true);
    await map.reload();
    await map.waitForEvidence();
    const sudzha = await map.rendered('settlements-circle', 'sudzha');
    expect(sudzha[0]).toMatchObject({ view: 'all', status: 'disputed' });
    expect((await map.rendered(ZONE_AREA_LAYERS.zones)).length).toBeGreaterThan(0);
    expect((await map.rendered('basemap-border-line')).length).toBeGreaterThan(0);
    const { title, text } = await map.readPlacePanel();
    expect(title).toBe('Sudzha');
    expect(text).toContain('Russian Ministry of Defence');
  });
});
