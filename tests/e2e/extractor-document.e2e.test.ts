/**
 * Where a click is read. In Chromium the first click of a session reads the page in place and
 * opens Okur's extractor document (an offscreen document that keeps the extraction core loaded);
 * from then on the popup copies the page with a small script and the document reads the copy. A
 * page too large to copy is read in the page itself, as in Firefox. The save shortcut, read by
 * the background, goes the same way. Which script ran in the tab
 * is read from the tab's debugger, and which documents the extension has open from the
 * browser's list of targets.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn } from './support/popup';
import { headlineOf, waitForArticle } from './support/reader-popup';
import { startStaticServer, type StaticServer } from './support/static-server';

const PARAGRAPH =
  'Le conseil municipal a voté mardi soir un budget qui prévoit la rénovation de trois écoles, la réfection des trottoirs du centre et une hausse modérée des tarifs de la piscine municipale.';

function articlePage(title: string, paragraphs: number): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><header><nav><a href="/">Accueil</a></nav></header><article><h1>${title}</h1>${`<p>${PARAGRAPH}</p>`.repeat(paragraphs)}</article></body></html>`;
}

/** Over the 4 MiB of HTML past which a page is read in place. */
const FIVE_MB_PARAGRAPHS = Math.ceil((5 * 1024 * 1024) / (PARAGRAPH.length + 7));

let server: StaticServer;
let browser: ExtensionBrowser;
const cleanup = new Cleanup();

beforeAll(async () => {
  server = await startStaticServer({
    '/one.html': { html: articlePage('Le budget de la ville', 6) },
    '/two.html': { html: articlePage('La piscine municipale', 6) },
    '/three.html': { html: articlePage('Les trottoirs du centre', 6) },
    '/saved.html': { html: articlePage('Les tarifs de la piscine', 6) },
    '/huge.html': { html: articlePage('Un très long article', FIVE_MB_PARAGRAPHS) },
  });
  browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-extractor-') });
  cleanup.add('close the browser', () => browser.close());
});
afterAll(async () => {
  await cleanup.runAll();
  await server?.stop();
});

/** Okur's scripts the tab's debugger saw compiled, by file name (snapshot.js, extract.js). */
async function watchOkurScripts(tab: Page): Promise<{ names: string[]; session: CDPSession }> {
  const session = await tab.context().newCDPSession(tab);
  const names: string[] = [];
  session.on('Debugger.scriptParsed', (event: { url: string }) => {
    const match = /^chrome-extension:\/\/[a-p]{32}\/content-scripts\/([\w-]+\.js)$/.exec(event.url);
    if (match) names.push(match[1]!);
  });
  await session.send('Debugger.enable');
  return { names, session };
}

/** The extension's extractor documents the browser lists right now. */
async function extractorDocuments(): Promise<string[]> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos.filter((t) => t.url === `chrome-extension://${browser.extensionId}/extractor.html` && t.type !== 'tab').map((t) => t.url);
  } finally {
    await cdp.detach();
  }
}

async function readWithOkur(path: string): Promise<{ headline: string; scripts: string[] }> {
  const tab = await browser.context.newPage();
  await tab.goto(server.url(path), { waitUntil: 'load' });
  const watched = await watchOkurScripts(tab);
  const opened = await openPopupOn(browser, tab);
  try {
    await waitForArticle(opened.popup, 60_000);
    return { headline: await headlineOf(opened.popup).first().innerText(), scripts: [...watched.names] };
  } finally {
    await watched.session.detach().catch(() => {});
    await opened.close();
    await tab.close();
  }
}

describe('where a click is read', () => {
  it('reads the first click in the page, then copies pages to the extractor document it opened', { timeout: 120_000 }, async () => {
    expect(await extractorDocuments()).toEqual([]);

    // Opening the document takes longer than reading in place: the first click does not wait for it.
    const first = await readWithOkur('/one.html');
    expect(first.headline).toBe('Le budget de la ville');
    expect(first.scripts).toEqual(['extract.js']);
    await expect.poll(extractorDocuments, { timeout: 10_000 }).toHaveLength(1);

    // The small copying script ran in the page; the extraction core was not loaded there.
    const second = await readWithOkur('/two.html');
    expect(second.headline).toBe('La piscine municipale');
    expect(second.scripts).toEqual(['snapshot.js']);

    const third = await readWithOkur('/three.html');
    expect(third.headline).toBe('Les trottoirs du centre');
    expect(third.scripts).toEqual(['snapshot.js']);
    // The same document answered: none was opened beside it.
    expect(await extractorDocuments()).toHaveLength(1);
  });

  it('reads a page too large to copy in the page itself', { timeout: 180_000 }, async () => {
    // With the document open, as after any first click (the test above, or this one run alone).
    if ((await extractorDocuments()).length === 0) await readWithOkur('/one.html');
    await expect.poll(extractorDocuments, { timeout: 10_000 }).toHaveLength(1);
    const read = await readWithOkur('/huge.html');
    expect(read.headline).toBe('Un très long article');
    expect(read.scripts).toEqual(['snapshot.js', 'extract.js']);
  });

  it('saves with the shortcut through the extractor document, from the background', { timeout: 120_000 }, async () => {
    if ((await extractorDocuments()).length === 0) await readWithOkur('/one.html');
    await expect.poll(extractorDocuments, { timeout: 10_000 }).toHaveLength(1);
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/saved.html'), { waitUntil: 'load' });
    // A click on Okur grants the tab to the extension, as pressing the shortcut does.
    const opened = await openPopupOn(browser, tab);
    await waitForArticle(opened.popup);
    await opened.close();
    // The debugger lists the scripts compiled so far as it starts: the popup's copy.
    const watched = await watchOkurScripts(tab);
    const before = watched.names.length;
    try {
      const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`))!;
      // Headless Chromium cannot press a browser shortcut: the command event is dispatched as the
      // browser would, with the tab; everything after it is Okur's own.
      const outcome = await worker.evaluate(async (url) => {
        // The worker's own extension API; these tests are typed without the browser's types.
        type Tab = { id: number };
        const api = (globalThis as unknown as {
          chrome: {
            tabs: { query(q: { url: string }): Promise<Tab[]> };
            commands: { onCommand: { dispatch(command: string, tab: Tab): void } };
            action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
          };
        }).chrome;
        const [target] = await api.tabs.query({ url });
        if (!target) return null;
        api.commands.onCommand.dispatch('save-page', target);
        for (let i = 0; i < 200; i++) {
          const badge = await api.action.getBadgeText({ tabId: target.id });
          if (badge) return { badge, title: await api.action.getTitle({ tabId: target.id }) };
          await new Promise((r) => setTimeout(r, 50));
        }
        return null;
      }, server.url('/saved.html'));
      expect(outcome).toEqual({ badge: '✓', title: 'Saved to Okur: Les tarifs de la piscine' });
      expect(watched.names.slice(before)).toEqual(['snapshot.js']);
    } finally {
      await watched.session.detach().catch(() => {});
      await tab.close();
    }
  });
});
