import { describe, expect, it } from 'vitest';
import { appSessionFixture } from './harness';

const app = appSessionFixture();

describe('browser-test session', () => {
  it('fails a session that requested a host other than loopback', async () => {
    const map = await app.open('/');
    app.expectConsoleErrors(/ERR_BLOCKED_BY_CLIENT/);
    await map.page.goto('http://example.invalid/tracker.png').catch(() => undefined);
    expect(app.offOriginRequests()).toEqual(['http://example.invalid/tracker.png']);
    await expect(app.closeNow()).rejects.toThrow(
      'requests left the origin: http://example.invalid/tracker.png',
    );
  });
});
