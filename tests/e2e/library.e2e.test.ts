/**
 * The reading list in real Chromium with the built extension and real IndexedDB: save from the
 * real popup, restart the browser on the same profile, find the articles in library.html, read
 * one with the network off, search, archive, delete and undo.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn } from './support/popup';
import { waitForArticle } from './support/reader-popup';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const page = (slug: string) => path.join(ROOT, 'tests/pages', slug, 'source.html');

/** Titles and a body sentence as the golden pages' hand-written expectations state them. */
const SEED = {
  path: '/dunya/poutine-kim.html',
  title: 'Un moment historique dans les relations entre la Russie et la Corée du Nord : Poutine et Kim Jong-Un se sont rencontrés',
  sentence: 'Le Président russe Vladimir Poutine et le leader nord-coréen Kim Jong-Un se sont rencontrés à Pyongyang',
};
const FREIBAD = { path: '/lokales/freibad.html', title: 'Freibadsaison: Eintritt in vielen Städten der Region deutlich teurer' };
const BIKES = { path: '/2024/05/14/bike-lanes/', title: 'Council approves 14-mile protected bike lane network after two-year fight' };

let server: StaticServer;
const cleanup = new Cleanup();

beforeAll(async () => {
  server = await startStaticServer({
    [SEED.path]: { file: page('fr-article-on-tr-portal') },
    [FREIBAD.path]: { file: page('de-zeitung') },
    [BIKES.path]: { file: page('en-wordpress-comments') },
  });
});
afterEach(async () => cleanup.runAll());
afterAll(async () => {
  await cleanup.runAll();
  await server?.stop();
});

async function launch(profile: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ userDataDir: profile });
  cleanup.add('close the browser', () => browser.close());
  return browser;
}

/** Opens the page, clicks Okur's button, clicks "Save for later" and waits for "Saved". */
async function saveFromPopup(browser: ExtensionBrowser, url: string): Promise<void> {
  const tab = await browser.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const opened = await openPopupOn(browser, tab);
  try {
    await waitForArticle(opened.popup);
    await opened.popup.getByRole('button', { name: 'Save for later', exact: true }).click();
    await opened.popup.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await opened.popup.getByRole('button', { name: 'Remove from saved articles' }).count()).toBe(1);
  } finally {
    await opened.close();
    await tab.close();
  }
}

function rowTitles(library: Page): Promise<string[]> {
  return library.locator('.okur-row-title').allInnerTexts();
}

async function waitForTitles(library: Page, expected: string[]): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  let titles = await rowTitles(library);
  while (JSON.stringify([...titles].sort()) !== JSON.stringify([...expected].sort()) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    titles = await rowTitles(library);
  }
  return titles;
}

describe('Okur reading list in Chromium', () => {
  it('saves from the popup, survives a restart, and reads offline from the library', async () => {
    const profile = await cleanup.tempDir('okur-e2e-library-');
    let browser = await launch(profile);
    await saveFromPopup(browser, server.url(SEED.path));
    await saveFromPopup(browser, server.url(FREIBAD.path));
    await saveFromPopup(browser, server.url(BIKES.path));

    // The popup says so when the page is already saved.
    const again = await browser.context.newPage();
    await again.goto(server.url(SEED.path), { waitUntil: 'load' });
    const reopened = await openPopupOn(browser, again);
    await waitForArticle(reopened.popup);
    await reopened.popup.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await reopened.popup.getByRole('button', { name: 'Save for later' }).count()).toBe(0);

    // "Saved articles" in the popup opens the library in a tab.
    const libraryOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/library.html') });
    await reopened.popup.getByRole('button', { name: 'Saved articles', exact: true }).click();
    const fromPopup = await libraryOpened;
    await fromPopup.waitForLoadState();
    expect(await waitForTitles(fromPopup, [SEED.title, FREIBAD.title, BIKES.title])).toHaveLength(3);
    await reopened.disconnect();

    // Restart on the same profile.
    await browser.close();
    browser = await launch(profile);
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    expect([...(await waitForTitles(library, [SEED.title, FREIBAD.title, BIKES.title]))].sort()).toEqual([SEED.title, FREIBAD.title, BIKES.title].sort());
    // Newest saved first.
    expect(await rowTitles(library)).toEqual([BIKES.title, FREIBAD.title, SEED.title]);

    // Search across the full text, as the reader types.
    const search = library.getByRole('searchbox', { name: 'Search saved articles' });
    await search.fill('Pyongyang');
    expect(await waitForTitles(library, [SEED.title])).toEqual([SEED.title]);
    await search.fill('Rheinbad');
    expect(await waitForTitles(library, [FREIBAD.title])).toEqual([FREIBAD.title]);
    await search.fill('');

    // Read one with the network off: the server is unreachable and the browser offline.
    await browser.context.setOffline(true);
    await library.getByRole('link', { name: SEED.title }).click();
    await library.waitForURL(/reader\.html\?id=/);
    const article = library.locator('article');
    await article.locator('h1').waitFor();
    expect((await article.locator('h1').innerText()).trim()).toBe(SEED.title);
    expect((await article.innerText()).replace(/\s+/g, ' ')).toContain(SEED.sentence);
    await mkdir(ARTIFACTS, { recursive: true });
    await library.screenshot({ path: path.join(ARTIFACTS, 'reader-offline.png') });
    await browser.context.setOffline(false);

    // Archive: leaves Unread, shows under Archived.
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await waitForTitles(library, [SEED.title, FREIBAD.title, BIKES.title]);
    await library.getByRole('button', { name: `Archive “${FREIBAD.title}”` }).click();
    expect(await waitForTitles(library, [SEED.title, BIKES.title])).toHaveLength(2);
    await library.getByRole('combobox', { name: 'Show' }).selectOption('archived');
    expect(await waitForTitles(library, [FREIBAD.title])).toEqual([FREIBAD.title]);
    await library.getByRole('combobox', { name: 'Show' }).selectOption('unread');

    // Delete, then undo.
    await library.getByRole('button', { name: `Delete “${BIKES.title}”` }).click();
    expect(await waitForTitles(library, [SEED.title])).toEqual([SEED.title]);
    await library.getByRole('button', { name: 'Undo', exact: true }).click();
    expect([...(await waitForTitles(library, [SEED.title, BIKES.title]))].sort()).toEqual([SEED.title, BIKES.title].sort());

    // Import a Pocket CSV export through the file picker.
    const chooser = library.waitForEvent('filechooser');
    await library.getByText('Choose files to import').click();
    await (await chooser).setFiles(path.join(ROOT, 'tests/fixtures/import/pocket-part_000000.csv'));
    const report = library.locator('.okur-import-report');
    await report.waitFor({ timeout: 15_000 });
    const reportText = (await report.innerText()).replace(/\s+/g, ' ');
    console.log('[e2e] import report:', reportText);
    // The seed article is already saved; its row in the export is left as it is.
    expect(reportText).toContain('part_000000.csv (Pocket CSV export): 2 imported, 1 already saved, 1 duplicates in the file, 2 rejected.');
    expect(reportText).toContain('line 6: the URL “htp:/broken” is not a web address.');
    expect(reportText).toContain('line 7: the time added “yesterday” is not a date.');
    const metro = library.locator('.okur-row', { hasText: 'İstanbul’da metro hattı açıldı, "yeni" istasyonlar' });
    await metro.waitFor();
    expect(await metro.innerText()).toContain('not downloaded');
    await library.getByRole('combobox', { name: 'Show' }).selectOption('archived');
    await library.locator('.okur-row', { hasText: 'Freibadsaison' }).first().waitFor();

    await library.screenshot({ path: path.join(ARTIFACTS, 'library.png'), fullPage: true });
  });
});
