import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server';
import { appSessionFixture } from './harness';

/** A copy of the build on its own loopback server, so the test can deploy a "new" one. */
let site = '';
let closeSite: (() => Promise<void>) | null = null;
let url = '';

async function serveSite(port = 0): Promise<void> {
  ({ url, close: closeSite } = await startStaticServer({ root: site, host: '127.0.0.1', port }));
}

async function stopSite(): Promise<void> {
  const closing = closeSite;
  closeSite = null;
  await closing?.();
}

/** Deploys a changed build on the same origin: its service worker differs by one line. */
async function deployNewBuild(): Promise<void> {
  const port = Number(new URL(url).port);
  await stopSite();
  appendFileSync(join(site, 'sw.js'), '\n// the next build\n');
  rmSync(join(site, 'sw.js.br'), { force: true });
  rmSync(join(site, 'sw.js.gz'), { force: true });
  await serveSite(port);
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'kursk-sumy-site-'));
  cpSync('dist', site, { recursive: true });
  await serveSite();
});

afterAll(async () => {
  await stopSite();
  rmSync(site, { recursive: true, force: true });
});

const app = appSessionFixture();

describe('a new build deployed while the reader has the old one', () => {
  it('says a new version is available and reloads into it on request', async () => {
    const map = await app.openReady(`${url}?date=2025-03-13`);
    await map.waitForServiceWorker();
    expect(await map.updatePromptShown()).toBe(false);
    await deployNewBuild();
    await map.reload();
    await map.waitForEvidence();
    expect(await map.updatePromptText()).toBe('A new version is available — Reload');
    expect(await map.serviceWorkerState()).toEqual({ waiting: true, controlled: true });
    await map.acceptUpdate();
    await map.waitForEvidence();
    expect(await map.updatePromptShown()).toBe(false);
    expect(await map.serviceWorkerState()).toEqual({ waiting: false, controlled: true });
  });
});
