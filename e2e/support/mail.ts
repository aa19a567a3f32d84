// Reading mail in the development mail viewer, as a person would.
import type { Page } from 'playwright-core';

/** Opens the newest mail to `to` whose subject matches, waiting for the worker to deliver it. */
export async function openMail(page: Page, to: string, subject: RegExp): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await page.goto('/dev/mail');
    const row = page.getByRole('listitem').filter({ hasText: to }).filter({ hasText: subject });
    if ((await row.count()) > 0) {
      await row.first().getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: subject }).waitFor();
      return;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
    await page.waitForTimeout(200);
  }
}
