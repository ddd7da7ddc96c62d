/**
 * Reading settings in real Chromium: chosen in the real popup, applied live (computed styles
 * change), and still in force after a browser restart.
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

interface Look {
  background: string;
  color: string;
  fontFamily: string;
  lineHeightRatio: number;
  maxWidthEm: number;
  textAlign: string;
}

function look(popup: Page): Promise<Look> {
  return popup.evaluate(() => {
    const article = document.querySelector('article')!;
    const p = article.querySelector('.okur-article-body p')!;
    const a = getComputedStyle(article);
    const ps = getComputedStyle(p);
    return {
      background: getComputedStyle(document.body).backgroundColor,
      color: ps.color,
      fontFamily: ps.fontFamily,
      lineHeightRatio: Math.round((parseFloat(ps.lineHeight) / parseFloat(ps.fontSize)) * 100) / 100,
      maxWidthEm: Math.round(parseFloat(a.maxWidth) / parseFloat(a.fontSize)),
      textAlign: ps.textAlign,
    };
  });
}

async function popupOn(browser: ExtensionBrowser): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(server.url('/seed.html'), { waitUntil: 'load' });
  const opened = await openPopupOn(browser, tab);
  cleanup.add('disconnect', () => opened.disconnect());
  await waitForArticle(opened.popup);
  return opened.popup;
}

describe('reading settings in Chromium', () => {
  it('change the article live and hold after a restart', async () => {
    const profile = await cleanup.tempDir('okur-e2e-reading-');
    let browser = await launchWithExtension({ userDataDir: profile });
    cleanup.add('close', () => browser.close());
    let popup = await popupOn(browser);

    // Listen: a voice for French, or a sentence saying there is none on this machine.
    await popup.waitForTimeout(500); // Chromium lists voices asynchronously
    const frenchVoices = await popup.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('fr')).length);
    console.log(`[e2e] French voices in this Chromium: ${frenchVoices}`);
    if (frenchVoices > 0) expect(await popup.getByRole('button', { name: 'Listen' }).count()).toBe(1);
    else expect(await popup.getByRole('note').innerText()).toBe("No voice for French is installed on this device, so Okur can't read this article aloud.");

    const before = await look(popup);
    expect(before.background).toBe('rgb(251, 251, 248)');
    expect(before.fontFamily).toContain('Georgia');
    expect(before.lineHeightRatio).toBe(1.6);
    expect(before.maxWidthEm).toBe(38);

    await popup.getByRole('button', { name: 'Reading settings' }).click();
    const panel = popup.getByRole('group', { name: 'Reading settings' });
    await panel.getByRole('radio', { name: 'Dark' }).check();
    await panel.getByRole('radio', { name: 'Sans-serif' }).check();
    await panel.getByRole('radio', { name: '2' }).check();
    await panel.getByRole('radio', { name: 'Narrow' }).check();
    await panel.getByRole('radio', { name: 'Justified' }).check();

    const after = await look(popup);
    expect(after.background).toBe('rgb(28, 28, 30)');
    expect(after.color).toBe('rgb(232, 232, 232)');
    expect(after.fontFamily).toContain('Arial');
    expect(after.lineHeightRatio).toBe(2);
    expect(after.maxWidthEm).toBe(30);
    expect(after.textAlign).toBe('justify');
    await mkdir(ARTIFACTS, { recursive: true });
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-dark.png') });

    await browser.close();
    browser = await launchWithExtension({ userDataDir: profile });
    cleanup.add('close again', () => browser.close());
    popup = await popupOn(browser);
    const restarted = await look(popup);
    expect(restarted).toEqual(after);

    // High contrast and sepia are themes too.
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.getByRole('radio', { name: 'High contrast' }).check();
    expect((await look(popup)).background).toBe('rgb(0, 0, 0)');
    await popup.getByRole('radio', { name: 'Sepia' }).check();
    expect((await look(popup)).background).toBe('rgb(244, 236, 216)');

    // "Open in full page": the same article in a tab, with the same settings.
    const tabOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?open=') });
    await popup.getByRole('button', { name: 'Open in full page' }).click();
    const full = await tabOpened;
    await full.locator('article h1').waitFor();
    expect((await full.locator('article h1').innerText()).trim()).toMatch(/^Un moment historique/);
    const fullLook = await look(full);
    expect(fullLook.background).toBe('rgb(244, 236, 216)');
    expect(fullLook.fontFamily).toContain('Arial');
    expect(fullLook.lineHeightRatio).toBe(2);
    expect(await full.getByRole('button', { name: 'Save for later' }).count()).toBe(1);
    await full.screenshot({ path: path.join(ARTIFACTS, 'reader-full-page-sepia.png') });

    // "Copy as Markdown" puts the article, not the portal around it, on the clipboard.
    // Extension pages are opaque origins to DevTools, which cannot grant them clipboard reading:
    // the test watches what the page hands to the real clipboard instead.
    await full.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = async (text: string) => {
        (window as unknown as { okurCopied?: string }).okurCopied = text;
        return write(text);
      };
    });
    await full.getByRole('button', { name: 'Copy as Markdown' }).click();
    await full.getByText('The article was copied as Markdown.').waitFor();
    const markdown = await full.evaluate(() => (window as unknown as { okurCopied?: string }).okurCopied ?? '');
    expect(markdown).toMatch(/^# Un moment historique dans les relations entre la Russie et la Corée du Nord/);
    expect(markdown).toContain('Le Président russe Vladimir Poutine et le leader nord-coréen Kim Jong-Un se sont rencontrés à Pyongyang');
    expect(markdown).not.toContain('Bir Yorum Yazın');
    expect(markdown).not.toContain('Henüz yorum yapılmamış');
  });
});
