import type { Browser, Page } from 'playwright-core';
import { isLoopback, launchChromium } from '../../scripts/chromium';
import { afterEach, expect, inject } from 'vitest';
import { AppDriver } from './driver';

/** The base URL of the served production build. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Console noise SwiftShader prints on every readback; not an app error. */
const DRIVER_NOISE = /GPU stall|ReadPixels/;

/** One browser with one page of the production build, and what it tried to fetch and log. */
class Session {
  readonly offOriginRequests: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly allowed: RegExp[] = [DRIVER_NOISE];
  private closed = false;

  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async open(viewport: { width: number; height: number }): Promise<Session> {
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const session = new Session(browser, await context.newPage());
    const { page, offOriginRequests, consoleErrors } = session;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      offOriginRequests.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    return session;
  }

  /** Console errors no test said to expect. */
  unexpectedErrors(): string[] {
    return this.consoleErrors.filter((error) => !this.allowed.some((ok) => ok.test(error)));
  }

  /** Closes the browser (once); throws if any off-origin request was attempted. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.browser.close();
    if (this.offOriginRequests.length > 0) {
      throw new Error(`requests left the origin: ${this.offOriginRequests.join(', ')}`);
    }
  }
}

/** What a test file gets from {@link appSessionFixture}. */
export interface AppSessions {
  /**
   * Opens `path` (e.g. `/?date=2025-03-13`) in a fresh Chromium at the viewport and returns the
   * driver, without waiting for anything.
   */
  open: (path?: string, viewport?: { width: number; height: number }) => Promise<AppDriver>;
  /** Like `open`, then waits until the evidence is loaded into the map and the map is idle. */
  openReady: (path: string, viewport?: { width: number; height: number }) => Promise<AppDriver>;
  /** Console errors the current test provokes on purpose (a refused script, a 503). */
  expectConsoleErrors: (pattern: RegExp) => void;
  /** Requests the current page tried to send off the app's origin (all were blocked). */
  offOriginRequests: () => string[];
  /**
   * Ends the current session now, as after a test (e.g. at the end of a beforeAll): rejects if a
   * request left the origin or an undeclared console error was logged.
   */
  closeNow: () => Promise<void>;
}

const DESKTOP = { width: 1280, height: 800 };

/**
 * The one session fixture of the browser tests: each test opens at most one page through it, and
 * after each test the browser is closed and the test fails on any console error it did not
 * declare or any request that left the app's origin.
 */
export function appSessionFixture(): AppSessions {
  let session: Session | null = null;
  const finish = async () => {
    const closing = session;
    session = null;
    if (!closing) return;
    const errors = closing.unexpectedErrors();
    await closing.close();
    expect(errors, 'console errors').toEqual([]);
  };
  afterEach(finish);
  const open = async (path = '/', viewport = DESKTOP) => {
    if (session) throw new Error('one page per test: the session is already open');
    session = await Session.open(viewport);
    const driver = new AppDriver(session.page, baseUrl());
    await driver.goto(path);
    return driver;
  };
  return {
    open,
    openReady: async (path, viewport = DESKTOP) => {
      const driver = await open(path, viewport);
      await driver.waitForEvidence();
      return driver;
    },
    expectConsoleErrors: (pattern) => {
      if (!session) throw new Error('open the page first');
      session.allowed.push(pattern);
    },
    offOriginRequests: () => [...(session?.offOriginRequests ?? [])],
    closeNow: finish,
  };
}
