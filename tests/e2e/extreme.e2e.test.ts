/**
 * Broken and extreme pages through the real popup: each gives the article or a sentence the
 * reader understands within a bounded time, the popup stays usable (its text-size control still
 * answers), and the page's tab still works afterwards. Times are printed, not asserted: these
 * machines are shared.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn } from './support/popup';
import { startStaticServer, type RouteBody, type StaticServer } from './support/static-server';

const PARAGRAPH =
  'Le conseil municipal a voté mardi soir un budget qui prévoit la rénovation de trois écoles, la réfection des trottoirs du centre et une hausse modérée des tarifs de la piscine municipale.';

function articlePage(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** What the reader must be shown: the article's headline, or a status sentence matching. */
type Expect = { headline: string } | { status: RegExp };

interface ExtremePage {
  path: string;
  what: string;
  route: RouteBody;
  expect: Expect;
}

const FIVE_MB_PARAGRAPHS = Math.ceil((5 * 1024 * 1024) / (PARAGRAPH.length + 7));

const PAGES: ExtremePage[] = [
  { path: '/empty.html', what: 'an empty document', route: { html: '' }, expect: { status: /doesn.t look like an article|nothing to read/i } },
  {
    path: '/frameset.html',
    what: 'a frameset',
    route: { html: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/empty.html"><frame src="/empty.html"></frameset></html>' },
    expect: { status: /frameset|no body text/i },
  },
  {
    path: '/feed.xml',
    what: 'an XML document',
    route: { html: '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title></item></channel></rss>', contentType: 'application/xml' },
    expect: { status: /XML|no body text/i },
  },
  {
    path: '/picture.svg',
    what: 'an SVG document',
    route: { html: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40"/></svg>', contentType: 'image/svg+xml' },
    expect: { status: /image|XML|no body text/i },
  },
  {
    path: '/100k-elements.html',
    what: 'an article among 100,000 elements',
    route: { html: articlePage('Cent mille éléments', `<p>${PARAGRAPH}</p>`.repeat(20) + '<div><span>·</span></div>'.repeat(49_950)) },
    expect: { headline: 'Cent mille éléments' },
  },
  {
    path: '/200k-elements.html',
    what: '200,000 elements',
    route: { html: articlePage('Deux cent mille', `<p>${PARAGRAPH}</p>` + '<div><span>·</span></div>'.repeat(100_000)) },
    expect: { status: /too large/i },
  },
  {
    // Chromium's HTML parser stops nesting at 512 levels and puts deeper elements side by side,
    // so markup alone cannot make a deep page: the page's script builds the levels. At 5,000
    // levels Chromium's own tab crashes before anyone can click Okur (tests/unit/extreme-input
    // covers 5,000 in the core); 2,000 is past Okur's bound and still a living tab.
    path: '/deep.html',
    what: '2,000 levels of nesting, built by script',
    route: {
      html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Profond</title></head><body><script>
        let el = document.body;
        for (let i = 0; i < 2000; i++) el = el.appendChild(document.createElement('div'));
        const p = el.appendChild(document.createElement('p'));
        p.textContent = ${JSON.stringify(PARAGRAPH)};
      </script></body></html>`,
    },
    expect: { status: /nested too deeply/i },
  },
  {
    path: '/deep-markup.html',
    what: '5,000 levels of nesting in the markup',
    route: { html: articlePage('Profond dans le texte', '<div>'.repeat(5_000) + `<p>${PARAGRAPH}</p>`.repeat(3) + '</div>'.repeat(5_000)) },
    expect: { headline: 'Profond dans le texte' },
  },
  {
    path: '/5mb.html',
    what: '5 MB of article text',
    route: { html: articlePage('Cinq mégaoctets de texte', `<p>${PARAGRAPH}</p>`.repeat(FIVE_MB_PARAGRAPHS)) },
    expect: { headline: 'Cinq mégaoctets de texte' },
  },
  {
    path: '/shadow.html',
    what: 'the article inside a shadow root',
    route: {
      html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ombre</title></head><body><div id="host"></div><script>
        const root = document.getElementById('host').attachShadow({ mode: 'open' });
        root.innerHTML = '<article><h1>Ombre</h1>' + '<p>${PARAGRAPH}</p>'.repeat(8) + '</article>';
      </script></body></html>`,
    },
    // The clone Okur reads does not carry shadow roots; the reader is told there is no article.
    expect: { status: /article|text/i },
  },
  {
    path: '/mutating.html',
    what: 'a page that rewrites itself every 5 ms',
    route: {
      html: articlePage(
        'Une page qui bouge',
        `<p>${PARAGRAPH}</p>`.repeat(10) + '<div id="ticker">0</div>',
        `<script>let n = 0; setInterval(() => { const t = document.getElementById('ticker'); if (t) { t.textContent = String(++n); const p = document.createElement('p'); p.textContent = 'Flash ' + n; t.after(p); if (t.nextElementSibling?.nextElementSibling) t.nextElementSibling.nextElementSibling.remove(); } }, 5);</script>`,
      ),
    },
    expect: { headline: 'Une page qui bouge' },
  },
];

let server: StaticServer;
let browser: ExtensionBrowser;
const cleanup = new Cleanup();
const figures: string[] = [];

beforeAll(async () => {
  server = await startStaticServer(Object.fromEntries(PAGES.map((p) => [p.path, p.route])));
  browser = await launchWithExtension({ userDataDir: await cleanup.tempDir('okur-e2e-extreme-') });
  cleanup.add('close the browser', () => browser.close());
});
afterAll(async () => {
  console.log(`[e2e] extreme pages, click to answer in the popup:\n  ${figures.join('\n  ')}`);
  await cleanup.runAll();
  await server?.stop();
});

/** Polls the popup until it shows a headline or a status that is not the "reading" one. */
async function answerOf(popup: Page, timeoutMs: number): Promise<{ headline: string | null; status: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const headline = await popup.locator('article h1').first().innerText({ timeout: 200 }).catch(() => null);
    const status = (await popup.getByRole('status').allInnerTexts().catch(() => [] as string[])).join(' ').trim();
    if (headline) return { headline, status };
    if (status && !/^Reading/i.test(status)) return { headline: null, status };
    if (Date.now() > deadline) return { headline: null, status: `(no answer within ${timeoutMs} ms; last status: ${status || 'none'})` };
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('broken and extreme pages in the real popup', () => {
  for (const p of PAGES) {
    it(`${p.what}: ${'headline' in p.expect ? 'the article' : 'a clear sentence'}`, { timeout: 120_000 }, async () => {
      const tab = await browser.context.newPage();
      await tab.goto(server.url(p.path), { waitUntil: 'load' });
      const started = Date.now();
      const opened = await openPopupOn(browser, tab);
      try {
        const answer = await answerOf(opened.popup, 60_000);
        const ms = Date.now() - started;
        figures.push(`${p.what.padEnd(40)} ${String(ms).padStart(6)} ms  ${answer.headline ? `article "${answer.headline}"` : answer.status.replace(/\s+/g, ' ').slice(0, 140)}`);
        if ('headline' in p.expect) {
          expect(answer.headline, `status shown instead: ${answer.status}`).toBe(p.expect.headline);
        } else {
          expect(answer.headline).toBeNull();
          expect(answer.status).toMatch(p.expect.status);
        }
        // The popup still answers the reader: its controls are there and respond. Laying out
        // 5 MB of text again at the new size takes seconds on a busy machine, hence the margin.
        if (answer.headline) {
          const size = () => opened.popup.locator('.okur-reset').innerText();
          const before = await size();
          await opened.popup.getByRole('button', { name: 'Increase text size' }).click({ timeout: 30_000 });
          await expect.poll(size, { timeout: 30_000 }).not.toBe(before);
        }
        // And the page's own tab was not broken by being read.
        expect(await tab.evaluate(() => 1 + 1)).toBe(2);
      } finally {
        await opened.close?.();
        await tab.close();
      }
    });
  }
});
