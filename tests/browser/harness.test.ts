import { describe, expect, it } from 'vitest';
import { openApp } from './harness';

describe('browser-test harness', () => {
  it('fails a session that requested a host other than loopback', async () => {
    const session = await openApp('/');
    await session.page.goto('http://example.invalid/tracker.png').catch(() => undefined);
    expect(session.offOriginRequests).toEqual(['http://example.invalid/tracker.png']);
    await expect(session.close()).rejects.toThrow(
      'requests left the origin: http://example.invalid/tracker.png',
    );
  });
});
