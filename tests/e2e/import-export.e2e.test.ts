/**
 * Moving a reading list in and out of Okur through library.html, as a reader does: pick the
 * export files of Instapaper, Pocket (ril_export.html) and Omnivore at once, read an Omnivore
 * article that came with its text with the network off, export every format, and restore the
 * Okur backup into a new browser profile with nothing changed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const cleanup = new Cleanup();
afterAll(async () => cleanup.runAll());

const HARBOUR = {
  title: 'The harbour at dawn',
  sentence: 'The first ferry leaves at six, and the gulls are up long before it',
};

/** An Omnivore export as its zip holds it: one metadata file and the article's content. */
function omnivoreZip(): Uint8Array {
  const paragraphs = [
    `${HARBOUR.sentence}, circling the boats that came in overnight with their holds full of cod.`,
    'By seven the auction hall is loud with buyers from three towns, each with a notebook and a thermos of coffee against the cold.',
    'The harbour master has kept the same ledger for thirty years; every boat, every catch and every storm is written in it by hand.',
    'When the ferry returns at noon, the docks are quiet again and the gulls settle on the roofs of the sheds to wait for the evening boats.',
  ];
  const metadata = [
    {
      id: 'a1', slug: 'harbour-at-dawn', title: HARBOUR.title, description: 'A morning on the docks.', author: 'Mira Lund',
      url: 'https://longreads.example/harbour-at-dawn', state: 'Succeeded', readingProgress: 25, labels: ['travel'],
      savedAt: '2024-05-02T08:15:00.000Z', updatedAt: '2024-05-02T08:15:00.000Z', publishedAt: '2024-04-30T00:00:00.000Z',
    },
    {
      id: 'a2', slug: 'no-content', title: 'A link saved without its text', description: null, author: null,
      url: 'https://news.example/saved-link', state: 'Archived', readingProgress: 0, labels: [],
      savedAt: '2024-06-01T10:00:00.000Z', updatedAt: '2024-06-01T10:00:00.000Z', publishedAt: null,
    },
  ];
  const html = `<div class="page"><h1>${HARBOUR.title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
  return zipSync({ 'metadata_0_to_1.json': strToU8(JSON.stringify(metadata)), 'content/harbour-at-dawn.html': strToU8(html) });
}

async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.getByRole('searchbox').first().waitFor({ timeout: 15_000 });
  return page;
}

async function importFiles(library: Page, files: string[]): Promise<string> {
  const chooser = library.waitForEvent('filechooser');
  await library.getByText('Choose files to import').click();
  await (await chooser).setFiles(files);
  const reports = library.locator('.okur-import-report');
  await expect.poll(() => reports.count(), { timeout: 60_000 }).toBe(files.length);
  return (await reports.allInnerTexts()).join('\n').replace(/[ \t]+/g, ' ');
}

async function exportAs(library: Page, button: string, dir: string): Promise<string> {
  const download = library.waitForEvent('download');
  await library.getByRole('button', { name: button }).click();
  const file = path.join(dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

/** Every record of the reading list, from the real IndexedDB, in id order. */
async function allRecords(page: Page): Promise<Record<string, unknown>[]> {
  const records = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('okur-library');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            resolve(all.result as Record<string, unknown>[]);
            open.result.close();
          };
        };
      }),
  );
  return records.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

describe('import and export in library.html', () => {
  it('imports three services’ exports, reads an imported article offline, exports every format and restores the backup elsewhere', { timeout: 300_000 }, async () => {
    const dir = await cleanup.tempDir('okur-e2e-io-');
    const omnivore = path.join(dir, 'omnivore-export.zip');
    await writeFile(omnivore, omnivoreZip());

    const browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-io-profile-') });
    cleanup.add('close the browser', () => browser.close());
    const library = await openLibrary(browser);

    const report = await importFiles(library, [path.join(FIXTURES, 'instapaper-export.csv'), path.join(FIXTURES, 'ril_export.html'), omnivore]);
    console.log('[e2e] import report:\n' + report);
    expect(report).toContain('instapaper-export.csv (Instapaper CSV export): 5 imported, 1 duplicates in the file, 2 rejected.');
    expect(report).toContain('line 8: the URL “htp:/broken” is not a web address.');
    // Its İstanbul metro article came in with Instapaper already.
    expect(report).toContain('ril_export.html (Pocket HTML export): 2 imported, 1 already saved, 1 duplicates in the file, 2 rejected.');
    expect(report).toContain('line 13: the URL “javascript:alert(1)” is not a web address.');
    expect(report).toContain('omnivore-export.zip (Omnivore export): 2 imported.');

    // The Omnivore article came with its text: it reads with the network off.
    await browser.context.setOffline(true);
    const row = library.locator('.okur-row', { hasText: HARBOUR.title });
    await row.waitFor();
    expect(await row.innerText()).not.toContain('not downloaded');
    await row.getByRole('link', { name: HARBOUR.title }).click();
    await library.locator('article').getByText(HARBOUR.sentence).waitFor({ timeout: 15_000 });
    await library.goBack();
    await library.getByRole('searchbox').first().waitFor({ timeout: 15_000 });
    await browser.context.setOffline(false);
    // Searchable by its text, not only its title.
    await library.getByRole('searchbox').fill('auction');
    await expect.poll(() => library.locator('.okur-row').allInnerTexts(), { timeout: 5_000 }).toEqual([expect.stringContaining(HARBOUR.title)]);
    await library.getByRole('searchbox').fill('');

    const before = await allRecords(library);
    expect(before).toHaveLength(9);

    const backup = await exportAs(library, 'Export backup (Okur JSON)', dir);
    expect(path.basename(backup)).toMatch(/^okur-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(await readFile(backup, 'utf8')) as { format: string; articles: unknown[] };
    expect(parsed.format).toBe('okur-backup');
    expect(parsed.articles).toHaveLength(9);

    const markdown = unzipSync(new Uint8Array(await readFile(await exportAs(library, 'Export Markdown files (zip)', dir))));
    const mdFiles = Object.keys(markdown).filter((f) => f.endsWith('.md'));
    expect(mdFiles).toHaveLength(9);
    const harbourMd = mdFiles.map((f) => strFromU8(markdown[f]!)).find((t) => t.includes(HARBOUR.sentence));
    expect(harbourMd).toMatch(/^---\n[\s\S]*title: "?The harbour at dawn"?\n[\s\S]*---\n/);

    const html = await readFile(await exportAs(library, 'Export one HTML file', dir), 'utf8');
    expect(html).toContain(HARBOUR.sentence);
    expect(html).toContain('İstanbul’da metro hattı açıldı');
    expect(html).not.toMatch(/<script/i);

    const csv = await readFile(await exportAs(library, 'Export Pocket CSV', dir), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('title,url,time_added,tags,status');
    expect(csv).toContain('https://longreads.example/harbour-at-dawn');
    await library.getByText('Exported 9 articles as a Pocket CSV file.').waitFor();
    await browser.close();

    // The backup restores into a fresh profile exactly.
    const other = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-io-other-') });
    cleanup.add('close the other browser', () => other.close());
    const otherLibrary = await openLibrary(other);
    const restored = await importFiles(otherLibrary, [backup]);
    expect(restored).toContain(`${path.basename(backup)} (Okur backup): 9 imported.`);
    expect(await allRecords(otherLibrary)).toEqual(before);
    await other.close();
  });
});
