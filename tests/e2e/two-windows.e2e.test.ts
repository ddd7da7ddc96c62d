/**
 * Two library windows writing at the same moment lose nothing: two imports started together
 * both land whole, and two changes to the same article made together (favorite in one window,
 * archive in the other) are both kept, because every change reads and writes the record in one
 * IndexedDB transaction instead of writing back a stale copy.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';

const cleanup = new Cleanup();
afterAll(async () => cleanup.runAll());

function pocketCsv(prefix: string, count: number): string {
  const rows = ['title,url,time_added,tags,status'];
  for (let i = 0; i < count; i++) rows.push(`${prefix} article ${i},https://news.example/${prefix}/${i},${1_700_000_000 + i},${prefix},unread`);
  return rows.join('\n');
}

async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.getByRole('searchbox').first().waitFor({ timeout: 15_000 });
  return page;
}

async function startImport(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Choose files to import').click();
  await (await chooser).setFiles(file);
}

async function records(page: Page): Promise<{ url: string; favorite: boolean; state: string; title: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('okur-library');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
        };
      }),
  );
}

describe('two library windows at once', () => {
  it('keeps both imports and both changes to one article', { timeout: 180_000 }, async () => {
    const dir = await cleanup.tempDir('okur-e2e-two-');
    const browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-two-profile-') });
    cleanup.add('close the browser', () => browser.close());
    const [a, b] = [await openLibrary(browser), await openLibrary(browser)];

    await writeFile(path.join(dir, 'left.csv'), pocketCsv('left', 500));
    await writeFile(path.join(dir, 'right.csv'), pocketCsv('right', 500));
    await Promise.all([startImport(a, path.join(dir, 'left.csv')), startImport(b, path.join(dir, 'right.csv'))]);
    await a.locator('.okur-import-report').waitFor({ timeout: 60_000 });
    await b.locator('.okur-import-report').waitFor({ timeout: 60_000 });
    expect(await a.locator('.okur-import-report').innerText()).toContain('500 imported');
    expect(await b.locator('.okur-import-report').innerText()).toContain('500 imported');
    const afterImports = await records(a);
    expect(afterImports.filter((r) => r.url.includes('/left/'))).toHaveLength(500);
    expect(afterImports.filter((r) => r.url.includes('/right/'))).toHaveLength(500);

    // The same article, changed in both windows in the same instant.
    const title = 'left article 7';
    // "All", so that archiving in one window does not take the row away from the other.
    for (const page of [a, b]) {
      await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
      await page.getByRole('searchbox').fill(title);
    }
    const favorite = a.getByRole('button', { name: `Favorite “${title}”`, pressed: false });
    const archive = b.getByRole('button', { name: `Archive “${title}”` });
    await favorite.waitFor();
    await archive.waitFor();
    await Promise.all([favorite.click(), archive.click()]);
    await expect
      .poll(async () => (await records(a)).find((r) => r.title === title), { timeout: 10_000 })
      .toMatchObject({ favorite: true, state: 'archived' });
    // And both windows show both changes.
    for (const page of [a, b]) {
      await page.getByRole('button', { name: `Favorite “${title}”`, pressed: true }).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: `Unarchive “${title}”` }).waitFor({ timeout: 10_000 });
    }
  });
});
