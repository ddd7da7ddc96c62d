/**
 * A web page cannot steer Okur: it gets no messaging channel to the extension, cannot load or
 * frame Okur's pages, and whatever it tries before and after the reader opens Okur on it, the
 * reading list stays empty and the settings stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn } from './support/popup';
import { waitForArticle } from './support/reader-popup';
import { startStaticServer, type StaticServer } from './support/static-server';

const PARAGRAPH = 'The council voted on Tuesday to rebuild three schools, repair the pavements of the centre and raise the swimming pool’s prices a little. ';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page that tries</title></head>
<body><article><h1>A page that tries</h1>${`<p>${PARAGRAPH.repeat(3)}</p>`.repeat(6)}</article></body></html>`;

let server: StaticServer;
let browser: ExtensionBrowser;
const cleanup = new Cleanup();

beforeAll(async () => {
  server = await startStaticServer({ '/tries.html': { html: PAGE } });
  browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-steer-') });
  cleanup.add('close the browser', () => browser.close());
});
afterAll(async () => {
  await cleanup.runAll();
  await server?.stop();
});

/** Everything a page's own script can try against an extension whose id it knows. */
async function pageTries(page: import('playwright-core').Page, id: string) {
  return page.evaluate(async (extensionId) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } };
    const messaging = typeof w.chrome?.runtime?.sendMessage === 'function' || typeof w.chrome?.runtime?.connect === 'function';
    let fetched = 'failed';
    try {
      const r = await fetch(`chrome-extension://${extensionId}/library.html`);
      fetched = `status ${r.status}`;
    } catch {
      // Not web-accessible: the fetch is refused.
    }
    const framed = await new Promise<string>((resolve) => {
      const frame = document.createElement('iframe');
      frame.src = `chrome-extension://${extensionId}/library.html`;
      frame.onload = () => {
        let readable = 'unreadable';
        try {
          readable = frame.contentDocument ? `readable: ${frame.contentDocument.body?.innerText.slice(0, 40)}` : 'unreadable';
        } catch {
          // Cross-origin: unreadable.
        }
        resolve(readable);
      };
      setTimeout(() => resolve('no load'), 3_000);
      document.body.append(frame);
    });
    // Messages a page might hope a content script listens to.
    window.postMessage({ type: 'save', url: location.href }, '*');
    document.dispatchEvent(new CustomEvent('okur-save', { detail: { url: location.href } }));
    return { messaging, fetched, framed };
  }, id);
}

describe('a web page cannot steer Okur', () => {
  it('has no channel to Okur, cannot load its pages, and changes nothing', { timeout: 120_000 }, async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/tries.html'), { waitUntil: 'load' });
    const before = await pageTries(tab, browser.extensionId);
    expect(before.messaging, 'chrome.runtime messaging exposed to the page').toBe(false);
    expect(before.fetched).toBe('failed');
    expect(before.framed).not.toMatch(/^readable/);

    // The reader opens Okur on the page; the page tries again while and after it is read.
    const opened = await openPopupOn(browser, tab);
    await waitForArticle(opened.popup);
    const after = await pageTries(tab, browser.extensionId);
    expect(after).toEqual(before);
    await opened.close?.();

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.getByText('Nothing saved yet.', { exact: false }).waitFor({ timeout: 15_000 });
    const storage = await library.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      const { storage: s } = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area } } }).chrome;
      return { local: await s.local.get(null), sync: await s.sync.get(null) };
    });
    // No text size or reading settings were written: the page chose nothing.
    expect(storage.local.textSize).toBeUndefined();
    expect(storage.local.reading).toBeUndefined();
    // What sync holds is Okur's own bookkeeping of an empty list: no entry for the page.
    expect(JSON.stringify(storage.sync)).not.toContain('tries.html');
    expect(await library.locator('.okur-row').count()).toBe(0);
  });
});
