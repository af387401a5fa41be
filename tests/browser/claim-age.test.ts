import { describe, expect, it } from 'vitest';
import { appSessionFixture } from './harness';

const app = appSessionFixture();

describe('claim age in the place panel', () => {
  it('says how old each claim in force is and mutes one not repeated for over 60 days', async () => {
    const driver = await app.openReady('/?date=2025-03-13&place=sudzha');
    const { page } = driver;
    const status = page.getByTestId('claim-status');
    await status.waitFor();
    const ages = await status.getByTestId('claim-age').allInnerTexts();
    expect(ages.length).toBeGreaterThan(0);
    for (const age of ages) expect(age).toMatch(/^said (on this date|\d+ days? before this date)/);
    await expect(status.locator('[data-stale="true"]').count()).resolves.toBeGreaterThan(0);
    await expect(status.locator('.ep-claim--stale').first().innerText()).resolves.toMatch(
      /not repeated since \d+ \w{3} \d{4}/,
    );
    await status.locator('.ep-claim--stale').first().scrollIntoViewIfNeeded();
    await driver.screenshot('claim-age-1280x800');
  });
});
