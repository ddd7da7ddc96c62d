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

interface FontUse {
  /** document.fonts.check for the regular and the bold face, once every pending load is done. */
  check: boolean;
  checkBold: boolean;
  /** The OpenDyslexic faces the page declares, "weight status". */
  faces: string[];
  /** Where each OpenDyslexic face says it comes from (its @font-face src, resolved). */
  sources: string[];
  /** The fonts Chromium really drew the first paragraph with (CDP CSS.getPlatformFontsForNode). */
  drawnWith: { familyName: string; isCustomFont: boolean; glyphCount: number }[];
}

async function fontUse(page: Page): Promise<FontUse> {
  const inPage = await page.evaluate(async () => {
    // Faces load when layout first needs them: lay out, then wait for what that started.
    void document.body.offsetHeight;
    await document.fonts.ready;
    return {
      check: document.fonts.check('16px "OpenDyslexic"'),
      checkBold: document.fonts.check('bold 16px "OpenDyslexic"'),
      faces: [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'OpenDyslexic').map((f) => `${f.weight} ${f.status}`).sort(),
      sources: [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule).map((r) => ({ sheet, r })))
        .filter(({ r }) => r.style.getPropertyValue('font-family').replace(/["']/g, '') === 'OpenDyslexic')
        .flatMap(({ sheet, r }) => [...r.style.getPropertyValue('src').matchAll(/url\(["']?([^"')]+)/g)].map((m) => new URL(m[1]!, sheet.href ?? location.href).href))
        .sort(),
    };
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'article .okur-article-body p' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return { ...inPage, drawnWith: fonts.map(({ familyName, isCustomFont, glyphCount }) => ({ familyName, isCustomFont, glyphCount })) };
  } finally {
    await cdp.detach().catch(() => {});
  }
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

  it('offer a dyslexia-friendly font that loads from the extension itself and holds after a restart', async () => {
    const profile = await cleanup.tempDir('okur-e2e-dyslexic-');
    let browser = await launchWithExtension({ userDataDir: profile });
    cleanup.add('close', () => browser.close());
    let popup = await popupOn(browser);
    const fontFile = new RegExp(`^chrome-extension://${browser.extensionId}/assets/opendyslexic-latin-(400|700)-normal-[\\w-]+\\.woff2$`);

    // Declared on every Okur page, fetched only by a reader who picks it.
    expect((await fontUse(popup)).faces).toEqual(['400 unloaded', '700 unloaded']);

    const network = await popup.context().newCDPSession(popup);
    cleanup.add('detach', () => network.detach().catch(() => {}));
    const fetchedFonts: string[] = [];
    network.on('Network.responseReceived', ({ response }) => {
      if (response.url.endsWith('.woff2')) fetchedFonts.push(response.url);
    });
    await network.send('Network.enable');
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.getByRole('group', { name: 'Reading settings' }).getByRole('radio', { name: 'Dyslexia-friendly (OpenDyslexic)' }).check();
    expect((await look(popup)).fontFamily).toMatch(/^"?OpenDyslexic"?,/);
    // Its tall bold accents need more room between a headline's lines than other fonts.
    expect(await popup.evaluate(() => {
      const h1 = getComputedStyle(document.querySelector('article h1')!);
      return Math.round((parseFloat(h1.lineHeight) / parseFloat(h1.fontSize)) * 100) / 100;
    })).toBe(1.5);

    const chosen = await fontUse(popup);
    expect(chosen.check).toBe(true);
    expect(chosen.checkBold).toBe(true); // the headline is bold
    expect(chosen.faces).toEqual(['400 loaded', '700 loaded']);
    // Each face has one source, a file of the extension: loaded means loaded from there.
    expect(chosen.sources).toHaveLength(2);
    for (const source of chosen.sources) expect(source).toMatch(fontFile);
    expect(fetchedFonts.sort()).toEqual(chosen.sources);
    expect(chosen.drawnWith).toEqual([expect.objectContaining({ familyName: 'OpenDyslexic', isCustomFont: true })]);

    await mkdir(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-opendyslexic-settings.png') });
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-opendyslexic.png') });

    await browser.close();
    browser = await launchWithExtension({ userDataDir: profile });
    cleanup.add('close again', () => browser.close());
    popup = await popupOn(browser);
    expect((await look(popup)).fontFamily).toMatch(/^"?OpenDyslexic"?,/);
    const restarted = await fontUse(popup);
    expect(restarted.check).toBe(true);
    expect(restarted.faces).toEqual(['400 loaded', '700 loaded']);
    expect(restarted.drawnWith).toEqual([expect.objectContaining({ familyName: 'OpenDyslexic', isCustomFont: true })]);
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    expect(await popup.getByRole('radio', { name: 'Dyslexia-friendly (OpenDyslexic)' }).isChecked()).toBe(true);

    // The full-page reader, whose Content-Security-Policy is the popup's, draws it too.
    const tabOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?open=') });
    await popup.getByRole('button', { name: 'Open in full page' }).click();
    const full = await tabOpened;
    await full.locator('article h1').waitFor();
    expect((await look(full)).fontFamily).toMatch(/^"?OpenDyslexic"?,/);
    const inFull = await fontUse(full);
    expect(inFull.check).toBe(true);
    expect(inFull.faces).toEqual(['400 loaded', '700 loaded']);
    for (const source of inFull.sources) expect(source).toMatch(fontFile);
    expect(inFull.drawnWith).toEqual([expect.objectContaining({ familyName: 'OpenDyslexic', isCustomFont: true })]);
    await full.screenshot({ path: path.join(ARTIFACTS, 'reader-opendyslexic.png') });
  });
});
