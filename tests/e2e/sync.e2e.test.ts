/**
 * Sync through the browser's own storage.sync, in real Chromium: a save lands there packed,
 * an entry written by "another device" (storage.sync changed from outside this list) shows up
 * in the library as not downloaded, and a list written by the first release (database
 * version 1) is read after the update's migration.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn } from './support/popup';
import { waitForArticle } from './support/reader-popup';
import { startStaticServer, type StaticServer } from './support/static-server';

/** The extension API as seen inside Okur's pages, where page.evaluate runs these functions. */
declare const chrome: {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED_URL = 'https://www.gundemhaber.example/dunya/un-moment-historique-dans-les-relations-entre-la-russie-et-la-coree-du-nord-h48213.html';
const SEED_TITLE = 'Un moment historique dans les relations entre la Russie et la Corée du Nord : Poutine et Kim Jong-Un se sont rencontrés';

let server: StaticServer;
const cleanup = new Cleanup();
beforeAll(async () => {
  server = await startStaticServer({ '/seed.html': { file: path.join(ROOT, 'tests/pages/fr-article-on-tr-portal/source.html') } });
});
afterEach(async () => cleanup.runAll());
afterAll(async () => {
  await cleanup.runAll();
  await server?.stop();
});

async function launch(): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-sync-') });
  cleanup.add('close the browser', () => browser.close());
  return browser;
}

async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type SyncItems = Record<string, { e?: unknown[][]; d?: unknown[][] } | { chunks?: number; total?: number; synced?: number }>;
const syncItems = (page: Page) => page.evaluate(() => chrome.storage.sync.get(null)) as Promise<SyncItems>;

describe('Okur sync in Chromium', () => {
  it('puts a saved article in storage.sync and takes in one from another device', async () => {
    const browser = await launch();
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/seed.html'), { waitUntil: 'load' });
    const opened = await openPopupOn(browser, tab);
    await waitForArticle(opened.popup);
    await opened.popup.getByRole('button', { name: 'Save for later', exact: true }).click();
    await opened.popup.getByText('Saved', { exact: true }).waitFor();
    await opened.close();

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const entries = await poll('the saved entry in storage.sync', async () => {
      const items = await syncItems(library);
      const list = (items['okur.list.0'] as { e?: unknown[][] } | undefined)?.e ?? [];
      return list.length ? list : undefined;
    });
    expect(entries).toHaveLength(1);
    // The page's canonical address, as its hand-written expectations state it.
    expect(entries[0]![1]).toBe(SEED_URL);
    expect(entries[0]![2]).toBe(SEED_TITLE);
    // The text stays on this device.
    expect(JSON.stringify(entries)).not.toContain('Pyongyang pour signer');

    // Another device saved an article: its entry appears in storage.sync.
    const other = ['zzother1', 'https://haber.example/ekonomi/faiz-karari.html', 'Merkez Bankası faiz kararını açıkladı', 0, 1, ['ekonomi'], Math.round(Date.now() / 1000), 0, Date.now()];
    await library.evaluate(async (entry) => {
      const items = (await chrome.storage.sync.get(null)) as Record<string, { e: unknown[] }>;
      const chunk = items['okur.list.0']!;
      await chrome.storage.sync.set({ 'okur.list.0': { ...chunk, e: [...chunk.e, entry] } });
    }, other);
    const row = library.locator('.okur-row', { hasText: 'Merkez Bankası faiz kararını açıkladı' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toContain('not downloaded');
    expect(await row.innerText()).toContain('ekonomi');
    await library.getByRole('combobox', { name: 'Show' }).selectOption('favorites');
    await poll('the synced favorite', async () => ((await library.locator('.okur-row').count()) === 1 ? true : undefined));

    // Opened, it offers to download the text rather than showing an empty article.
    await library.getByRole('combobox', { name: 'Show' }).selectOption('all');
    await library.getByRole('link', { name: 'Merkez Bankası faiz kararını açıkladı' }).click();
    await library.getByRole('button', { name: 'Download the article' }).waitFor();
    expect(await library.locator('article').count()).toBe(0);
    await library.goBack();

    const status = await poll('the sync status line', async () => {
      const text = await library.locator('.okur-sync').innerText().catch(() => '');
      return /All 2 articles sync/.test(text) ? text : undefined;
    });
    expect(status).toContain('Last synced');
  });

  it('reads a list written by the first release after the update migrates it', async () => {
    const browser = await launch();
    const page = await browser.context.newPage();
    // An extension page that never opens the database, to write it as version 1 left it.
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?id=none-yet`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          indexedDB.deleteDatabase('okur-library');
          const open = indexedDB.open('okur-library', 1);
          open.onupgradeneeded = () => {
            // The version 1 schema, as the first release created it.
            const store = open.result.createObjectStore('articles', { keyPath: 'id' });
            store.createIndex('url', 'url', { unique: true });
            store.createIndex('savedAt', 'savedAt');
            store.createIndex('state', 'state');
            store.createIndex('tags', 'tags', { multiEntry: true });
            store.put({
              id: 'v1entry', url: 'https://gazete.example/kultur/sergi.html', title: 'İstanbul’da yeni sergi açıldı', byline: null,
              siteName: 'Gazete', lang: 'tr', dir: 'ltr', publishedTime: '2024-06-19', savedAt: Date.UTC(2024, 5, 20), excerpt: null,
              leadImage: null, standfirst: [], leadFigure: null, content: '<p>Sergi yarın ziyarete açılıyor.</p>',
              textContent: 'Sergi yarın ziyarete açılıyor.', wordCount: 4, readingTimeMinutes: 1, tags: ['kültür'], state: 'unread',
              favorite: false, progress: 0,
              // no updatedAt: version 1 records of this shape are what migration 2 backfills
            });
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await page.locator('.okur-row-title', { hasText: 'İstanbul’da yeni sergi açıldı' }).waitFor({ timeout: 15_000 });
    const after = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; updatedAt: unknown; listed: unknown }>((resolve, reject) => {
          const open = indexedDB.open('okur-library');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['articles', 'listing']);
            const get = tx.objectStore('articles').get('v1entry');
            const listed = tx.objectStore('listing').get('v1entry');
            tx.oncomplete = () => {
              const line = listed.result as { title?: unknown; downloaded?: unknown; updatedAt?: unknown } | undefined;
              resolve({
                version: db.version,
                stores: [...db.objectStoreNames],
                updatedAt: (get.result as { updatedAt?: unknown }).updatedAt,
                listed: line && { title: line.title, downloaded: line.downloaded, updatedAt: line.updatedAt },
              });
              db.close();
            };
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(after.version).toBe(3);
    expect(after.stores.sort()).toEqual(['articles', 'listing', 'tombstones']);
    expect(after.updatedAt).toBe(Date.UTC(2024, 5, 20));
    // Migration 3 wrote the entry's line in the list's light copy, after migration 2's backfill.
    expect(after.listed).toEqual({ title: 'İstanbul’da yeni sergi açıldı', downloaded: true, updatedAt: Date.UTC(2024, 5, 20) });
    await page.getByRole('link', { name: 'İstanbul’da yeni sergi açıldı' }).click();
    await page.locator('article').getByText('Sergi yarın ziyarete açılıyor.').waitFor();
  });
});
