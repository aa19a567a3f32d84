// Debian's Chromium through playwright-core, headless, with the flags this machine needs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=ja',
    ],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 860 } };

export async function newContext(
  browser: Browser,
  baseURL: string,
  device: 'phone' | 'desktop' = 'desktop',
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...(device === 'phone' ? PHONE : DESKTOP), baseURL, locale: 'ja-JP' });
  // CI runs the journeys beside the other tests on a small machine: waits succeed as soon
  // as the page is ready, and only a real failure waits this long.
  context.setDefaultTimeout(60_000);
  return context;
}

/** Saves a full-page screenshot under test-results/screenshots/<journey>/<name>.png. */
export async function shot(page: Page, journey: string, name: string): Promise<void> {
  const dir = join(SCREENSHOT_DIR, journey);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Fails on serious or critical accessibility violations of the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe on ${page.url()}`,
  ).toEqual([]);
}
