/**
 * The README's pictures, taken from the real build in real Chromium: the popup on the seed page
 * and the full-page reader, in the light and the dark theme. Each run writes them to
 * test-artifacts/screenshots/; with OKUR_UPDATE_SCREENSHOTS=1 they also replace the ones in
 * docs/screenshots/ that the README shows. The test checks what the pictures must show: the
 * article alone, in the theme's colours.
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn } from './support/popup';
import { waitForArticle } from './support/reader-popup';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test-artifacts/screenshots');
const DOCS = path.join(ROOT, 'docs/screenshots');
const SEED = path.join(ROOT, 'tests/pages/fr-article-on-tr-portal/source.html');
/** Page background of each theme, as themes.css sets it (#fbfbf8 and #1c1c1e). */
const BACKGROUND: Record<'Light' | 'Dark', string> = { Light: 'rgb(251, 251, 248)', Dark: 'rgb(28, 28, 30)' };

let server: StaticServer;
let browser: ExtensionBrowser;
const cleanup = new Cleanup();

beforeAll(async () => {
  // One address per theme: the popup is opened on the one tab that shows it.
  server = await startStaticServer({ '/dunya/poutine-kim-light.html': { file: SEED }, '/dunya/poutine-kim-dark.html': { file: SEED } });
  browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-shots-') });
  cleanup.add('close the browser', () => browser.close());
  await mkdir(OUT, { recursive: true });
});
afterAll(async () => {
  await cleanup.runAll();
  await server?.stop();
});

async function chooseTheme(page: Page, theme: 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('group', { name: 'Reading settings' }).getByRole('radio', { name: theme }).check();
  await page.getByRole('button', { name: 'Reading settings' }).click();
}

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  expect((await stat(file)).size).toBeGreaterThan(10_000);
  if (process.env.OKUR_UPDATE_SCREENSHOTS === '1') {
    await mkdir(DOCS, { recursive: true });
    await copyFile(file, path.join(DOCS, name));
  }
}

async function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

describe('README screenshots', () => {
  for (const theme of ['Light', 'Dark'] as const) {
    it(`popup and full-page reader, ${theme.toLowerCase()}`, { timeout: 120_000 }, async () => {
      const tab = await browser.context.newPage();
      await tab.setViewportSize({ width: 1200, height: 800 });
      cleanup.add('close the tab', () => tab.close());
      await tab.goto(server.url(`/dunya/poutine-kim-${theme.toLowerCase()}.html`), { waitUntil: 'load' });
      const opened = await openPopupOn(browser, tab);
      const popup = opened.popup;
      await waitForArticle(popup);
      await chooseTheme(popup, theme);
      await expect.poll(() => background(popup)).toBe(BACKGROUND[theme]);
      const text = await popup.locator('article').innerText();
      expect(text).toContain('Le Président russe Vladimir Poutine');
      expect(text).not.toContain('Bir Yorum Yazın');
      await shoot(popup, `popup-${theme.toLowerCase()}.png`);

      const full = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?open=') });
      await popup.getByRole('button', { name: 'Open in full page' }).click();
      const reader = await full;
      await reader.setViewportSize({ width: 1200, height: 800 });
      await reader.locator('article h1').waitFor();
      await expect.poll(() => background(reader)).toBe(BACKGROUND[theme]);
      await shoot(reader, `reader-${theme.toLowerCase()}.png`);
      await reader.close();
    });
  }
});
