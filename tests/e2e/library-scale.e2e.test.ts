/**
 * A reading list longer than a screen, in library.html as a reader meets it: 50 entries
 * restored from a backup, shown 20 at a time with "Show more", and a word that only an old
 * entry's text holds found as it is typed, letter by letter, then forgotten on delete and found
 * again on undo. The full-text search runs in a worker that reads the list itself.
 * The first screen is drawn from the rows remembered in extension storage while the database
 * cannot answer, and corrected by what the database says once it can.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { exportOkurJson } from '../../lib/library/export/okur-json';
import type { SavedArticle } from '../../lib/library/types';
import { libraryId } from '../../lib/library/url';
import { launchWithExtension } from './support/browser';
import { Cleanup } from './support/cleanup';

const cleanup = new Cleanup();
afterAll(async () => cleanup.runAll());

const COUNT = 50;
/** Only in the text of one entry saved long ago, never in a title. */
const HIDDEN_WORD = 'Zümrütanka';
const HIDDEN_AT = 7;
const DAY = 86_400_000;

function entry(n: number): SavedArticle {
  const url = `https://news.example/notes/${n}`;
  const text = `Notes from the council meeting number ${n}. The budget was read twice.${n === HIDDEN_AT ? ` A ${HIDDEN_WORD} was seen over the harbour.` : ''}`;
  return {
    id: libraryId(url), url, title: `Council notes, meeting ${n}`, byline: null, siteName: 'News Example',
    lang: 'en', dir: 'ltr', publishedTime: null, savedAt: Date.UTC(2024, 0, 1) + n * DAY, excerpt: null, leadImage: null,
    standfirst: [], leadFigure: null, content: `<p>${text}</p>`, textContent: text, wordCount: text.split(' ').length,
    readingTimeMinutes: 1, tags: [], state: 'unread', favorite: false, progress: 0, updatedAt: Date.UTC(2024, 0, 1) + n * DAY,
  };
}

const rows = (page: Page) => page.locator('.okur-row');
const shown = (page: Page) => page.locator('[aria-live="polite"]').first().innerText();

describe('a long reading list in library.html', () => {
  it('shows 20 rows at a time and finds a word of an old entry’s text as it is typed', { timeout: 180_000 }, async () => {
    const dir = await cleanup.tempDir('okur-e2e-scale-');
    const backup = path.join(dir, 'okur-backup.json');
    await writeFile(backup, exportOkurJson(Array.from({ length: COUNT }, (_, i) => entry(i + 1)), Date.UTC(2024, 6, 1)));
    const browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-scale-profile-') });
    cleanup.add('close the browser', () => browser.close());

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const chooser = library.waitForEvent('filechooser');
    await library.getByText('Choose files to import').click();
    await (await chooser).setFiles(backup);
    await library.locator('.okur-import-report').waitFor({ timeout: 60_000 });
    expect((await library.locator('.okur-import-report').innerText()).replace(/\s+/g, ' ')).toContain('50 imported');

    // Opened afresh: newest saved first, 20 rows, then 20 more, then the last 10.
    await library.reload();
    await expect.poll(() => rows(library).count(), { timeout: 15_000 }).toBe(20);
    expect(await library.locator('.okur-row-title').first().innerText()).toBe('Council notes, meeting 50');
    await expect.poll(() => shown(library)).toBe('50 of 50 articles shown');
    await library.getByRole('button', { name: 'Show 20 more' }).click();
    await expect.poll(() => rows(library).count()).toBe(40);
    await library.getByRole('button', { name: 'Show 10 more' }).click();
    await expect.poll(() => rows(library).count()).toBe(50);
    // textContent: rows off screen are not rendered (content-visibility: auto) until scrolled to,
    // and innerText reads only rendered text, so it can be empty for a row just added below.
    expect(await library.locator('.okur-row-title').last().textContent()).toBe('Council notes, meeting 1');
    expect(await library.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);

    // Typed letter by letter, as a reader does: each keystroke narrows the previous answer.
    const search = library.getByRole('searchbox', { name: 'Search saved articles' });
    await expect.poll(() => search.getAttribute('data-search'), { timeout: 30_000 }).toBe('ready');
    await search.click();
    await library.keyboard.type('zümrüt', { delay: 30 });
    await expect.poll(() => library.locator('.okur-row-title').allInnerTexts()).toEqual([`Council notes, meeting ${HIDDEN_AT}`]);
    await expect.poll(() => shown(library)).toBe('1 of 50 articles shown');
    // Accents and case do not matter; a word's middle does not match.
    await search.fill('ZUMRUTANKA');
    await expect.poll(() => library.locator('.okur-row-title').allInnerTexts()).toEqual([`Council notes, meeting ${HIDDEN_AT}`]);
    await search.fill('rütanka');
    await library.getByText('No saved article matches.').waitFor();

    // Deleted, the entry is no longer found; undone, it is found again.
    await search.fill('zümrütanka');
    await library.getByRole('button', { name: `Delete “Council notes, meeting ${HIDDEN_AT}”` }).click();
    await library.getByText('No saved article matches.').waitFor();
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => library.locator('.okur-row-title').allInnerTexts()).toEqual([`Council notes, meeting ${HIDDEN_AT}`]);

    // Clearing the search shows the whole list again, 20 rows first.
    await search.fill('');
    await expect.poll(() => rows(library).count()).toBe(20);
    await expect.poll(() => shown(library)).toBe('50 of 50 articles shown');
  });
});

type StorageArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

/** The first screen as remembered in the extension's storage (lib/library/first-screen.ts). */
async function readRemembered(page: Page): Promise<{ id: string; title: string }[]> {
  return page.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
    return ((await local.get('libraryFirstScreen')).libraryFirstScreen ?? []) as { id: string; title: string }[];
  });
}

async function writeRemembered(page: Page, rows: unknown[]): Promise<void> {
  await page.evaluate(async (value) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
    await local.set({ libraryFirstScreen: value });
  }, rows);
}

describe('the first screen of library.html', () => {
  it('is drawn from the remembered rows while the database is slow to open, then corrected by it', { timeout: 180_000 }, async () => {
    const dir = await cleanup.tempDir('okur-e2e-first-screen-');
    const backup = path.join(dir, 'okur-backup.json');
    await writeFile(backup, exportOkurJson(Array.from({ length: 25 }, (_, i) => entry(i + 1)), Date.UTC(2024, 6, 1)));
    const browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-first-screen-profile-') });
    cleanup.add('close the browser', () => browser.close());
    const base = `chrome-extension://${browser.extensionId}`;

    const library = await browser.context.newPage();
    await library.goto(`${base}/library.html`);
    const chooser = library.waitForEvent('filechooser');
    await library.getByText('Choose files to import').click();
    await (await chooser).setFiles(backup);
    await library.locator('.okur-import-report').waitFor({ timeout: 60_000 });

    // The import is remembered as the first screen: the 20 newest unread rows.
    const remembered = () => readRemembered(library);
    await expect.poll(async () => (await remembered()).map((r) => r.title).slice(0, 2), { timeout: 15_000 }).toEqual(['Council notes, meeting 25', 'Council notes, meeting 24']);
    expect(await remembered()).toHaveLength(20);
    // A remembered row that is no longer in the list: the database must have the last word.
    const stale = { ...(await remembered())[0]!, id: 'gone', title: 'Deleted since it was remembered' };
    await writeRemembered(library, [stale, ...(await remembered()).slice(0, 19)]);
    await library.close();

    // A database that takes its time to open, as a large one does after the browser closed it
    // for being idle: this page's opens wait until the test releases them.
    const reopened = await browser.context.newPage();
    await reopened.addInitScript(() => {
      const w = window as unknown as { releaseDatabase?: () => void };
      const open = IDBFactory.prototype.open;
      let release: () => void = () => undefined;
      const released = new Promise<void>((go) => (release = go));
      w.releaseDatabase = () => release();
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        // The request is real; its success is held back until the release.
        const addEventListener = request.addEventListener.bind(request);
        request.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
          if (type !== 'success') return addEventListener(type, listener, options);
          addEventListener('success', (e) => void released.then(() => (typeof listener === 'function' ? listener.call(request, e) : listener.handleEvent(e))), options);
        }) as typeof request.addEventListener;
        return request;
      };
    });
    await reopened.goto(`${base}/library.html`);
    await expect.poll(() => reopened.locator('.okur-row-title').first().innerText(), { timeout: 15_000 }).toBe('Deleted since it was remembered');
    expect(await rows(reopened).count()).toBe(20);
    // The list itself is not read yet: no count of what is shown.
    expect(await shown(reopened)).toBe('');

    await reopened.evaluate(() => (window as unknown as { releaseDatabase: () => void }).releaseDatabase());
    await expect.poll(() => shown(reopened), { timeout: 15_000 }).toBe('25 of 25 articles shown');
    expect(await reopened.locator('.okur-row-title').first().innerText()).toBe('Council notes, meeting 25');
    expect(await reopened.getByText('Deleted since it was remembered').count()).toBe(0);
    // And what is remembered is the database's first screen again.
    const again = () => readRemembered(reopened);
    await expect.poll(async () => (await again()).some((r) => r.id === 'gone')).toBe(false);
    expect(await again()).toHaveLength(20);
  });
});
