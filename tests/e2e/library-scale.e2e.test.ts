/**
 * A reading list longer than a screen, in library.html as a reader meets it: 50 entries
 * restored from a backup, shown 20 at a time with "Show more", and a word that only an old
 * entry's text holds found as it is typed, letter by letter, then forgotten on delete and found
 * again on undo. The full-text search runs in a worker that reads the list itself.
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
    expect(await library.locator('.okur-row-title').last().innerText()).toBe('Council notes, meeting 1');
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
