import type { Locator } from 'playwright-core';
import type { AppDriver } from './driver';
import type { FixtureFile } from '../fixtures/imports/fixtures';

/**
 * The import panel as a reader uses it (issue #12): open it, pick or drop files, answer the
 * dialog, read and prune the list. Builds on the app driver's page.
 */
export class ImportsDriver {
  constructor(private readonly app: AppDriver) {}

  private get page() {
    return this.app.page;
  }

  /** Opens the import panel (its lazy chunk loads now) and returns it. */
  async open(): Promise<Locator> {
    await this.page.getByTestId('imports-open').click();
    const panel = this.page.getByTestId('imports-panel');
    await panel.waitFor({ timeout: 30_000 });
    return panel;
  }

  /** Picks `files` in the panel's file input and waits until the worker is done with them. */
  async pick(files: readonly FixtureFile[]): Promise<void> {
    await this.page.getByTestId('imports-input').setInputFiles(
      files.map((file) => ({
        name: file.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(file.bytes),
      })),
    );
    await this.page
      .getByTestId('imports-panel')
      .getByRole('status')
      .waitFor({ state: 'detached', timeout: 30_000 });
  }

  /** Opens the panel, imports `files` (all importable, none asking), and closes it again. */
  async importAndClose(files: readonly FixtureFile[]): Promise<void> {
    await this.open();
    await this.pick(files);
    await this.listed(files.length);
    await this.page.getByRole('button', { name: 'Close the import panel' }).click();
    await this.app.waitForIdle();
  }

  /** Waits until the list holds `count` snapshots and returns their texts, oldest first. */
  async listed(count: number): Promise<string[]> {
    const items = this.page.getByTestId('imported-snapshot');
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="imported-snapshot"]').length === n,
      count,
      { timeout: 30_000 },
    );
    return items.allInnerTexts();
  }

  /** The error lines shown for files that could not be imported. */
  errors(): Promise<string[]> {
    return this.page.getByTestId('imports-errors').locator('li').allInnerTexts();
  }

  /** The dialog asking for a date or sides, once shown. */
  async dialog(): Promise<Locator> {
    const dialog = this.page.getByTestId('imports-dialog');
    await dialog.waitFor({ timeout: 30_000 });
    return dialog;
  }

  /** Removes the snapshot of `source` from the list. */
  async remove(source: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${source}` }).click();
  }

  /** URLs of the scripts the page has loaded so far. */
  loadedScripts(): Promise<string[]> {
    return this.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\.m?js(\?|$)/.test(name)),
    );
  }
}
