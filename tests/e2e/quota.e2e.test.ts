/**
 * A full disk: the reading list's own store code in real Chromium, on an origin whose storage
 * quota is shrunk to a few hundred kilobytes (DevTools' Storage.overrideQuotaForOrigin). Saving
 * past the quota must fail with the sentence the reader sees, and every article saved before
 * must still be there, unchanged. The store runs in a plain page because in the extension
 * unlimitedStorage lifts any quota; the code and the IndexedDB engine are the same.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromePath } from './support/browser';
import { Cleanup } from './support/cleanup';

const ROOT = path.resolve(import.meta.dirname, '../..');
const QUOTA_BYTES = 400 * 1024;
const cleanup = new Cleanup();
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const outDir = await cleanup.tempDir('okur-e2e-quota-bundle-');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: { outDir, emptyOutDir: false, minify: false, lib: { entry: path.join(ROOT, 'tests/e2e/quota/store-entry.ts'), formats: ['iife'], name: 'okurStoreBundle', fileName: () => 'store.js' } },
  });
  const script = await readFile(path.join(outDir, 'store.js'));
  const server = http.createServer((req, res) => {
    if (req.url === '/store.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>store</title><script src="/store.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanup.add('stop the server', () => new Promise<void>((r) => server.close(() => r())));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox', '--disable-gpu'] });
  cleanup.add('close the browser', () => browser.close());
}, 120_000);
afterAll(async () => cleanup.runAll());

describe('the reading list on a full disk', () => {
  it('reports the quota in a sentence and keeps every earlier article', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA_BYTES });
    await page.goto(`${origin}/`);

    const outcome = await page.evaluate(async () => {
      type Store = {
        saveArticle(a: unknown): Promise<{ id: string }>;
        listArticles(): Promise<{ id: string; title: string; content: string | null }[]>;
        LibraryError: new (...a: never[]) => Error;
      };
      const store = (globalThis as unknown as { okurStore: Store }).okurStore;
      // About 60 kB of text per article, random so the database cannot compress it away: the
      // quota fills after a handful.
      const words = () => Array.from({ length: 100 }, () => Math.random().toString(36).slice(2, 2 + 3 + Math.floor(Math.random() * 6))).join(' ');
      const article = (i: number) => {
        const paragraph = words();
        return {
        url: `https://news.example/article-${i}`, title: `Article ${i}`, byline: null, siteName: 'News', lang: 'fr', dir: 'ltr',
        publishedTime: null, modifiedTime: null, excerpt: null, leadImage: null, standfirst: [], leadFigure: null,
        content: Array.from({ length: 100 }, () => `<p>${words()}</p>`).join(''), textContent: paragraph, length: paragraph.length, wordCount: 100, readingTimeMinutes: 1,
        };
      };
      const saved: string[] = [];
      let failure: { name: string; message: string; isLibraryError: boolean } | null = null;
      for (let i = 0; i < 200 && !failure; i++) {
        try {
          saved.push((await store.saveArticle(article(i))).id);
        } catch (err) {
          failure = { name: (err as Error).name, message: (err as Error).message, isLibraryError: err instanceof store.LibraryError };
        }
      }
      const after = await store.listArticles();
      const intact = saved.every((id) => after.some((a) => a.id === id && a.content !== null && a.content.length > 50_000));
      return { saved: saved.length, failure, listed: after.length, intact };
    });

    console.log(`[e2e] quota ${QUOTA_BYTES / 1024} kB: ${outcome.saved} articles saved before the quota; error shown: ${outcome.failure?.message ?? 'none'}`);
    expect(outcome.saved).toBeGreaterThan(0);
    expect(outcome.failure?.isLibraryError).toBe(true);
    expect(outcome.failure?.message).toBe('Your browser has no room left for Okur to save this. Nothing was lost: free some disk space or delete saved articles, then try again.');
    // The failed save left nothing half-written, and nothing earlier was lost.
    expect(outcome.listed).toBe(outcome.saved);
    expect(outcome.intact).toBe(true);
  });
});
