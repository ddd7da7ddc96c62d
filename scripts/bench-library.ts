// The reading list at scale, in real Chromium with the built extension:
//   fill     10,000 saved articles of realistic size (scripts/bench/library-data.ts, seeded),
//            written straight into the extension's IndexedDB from library.html;
//   open     time from navigation start to the first painted article rows of library.html,
//            in a new tab each run;
//   search   time of one keystroke in the search box, for several queries: from the key event
//            to the paint of the list as it stands once the results have arrived;
//   size     the extension's IndexedDB folder on disk once the browser is closed, and
//            navigator.storage.estimate() as the page sees it.
//
//   npm run bench:library [-- --runs 5] [--count 10000] [--keep] [--profile DIR] [--json]
//
// --keep leaves the filled browser profile behind and prints where; --profile DIR times that
// profile again without filling it (the same build and count).
//
// A benchmark, not a test: it prints figures and asserts nothing. Timings are taken inside the
// page with performance.now() (relative to navigation start): a MutationObserver notes when the
// DOM changes, then requestAnimationFrame plus a message posted from it marks the end of the
// frame that painted the change. Machines here are shared: read medians, not single runs.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { DB_NAME } from '../lib/library/db';
import { toListing } from '../lib/library/listing';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/browser';
import { generateLibrary, RARE_WORD } from './bench/library-data';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    count: { type: 'string', default: '10000' },
    keep: { type: 'boolean' },
    profile: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const RUNS = Math.max(1, Number(values.runs) || 5);
const COUNT = Math.max(1, Number(values.count) || 10_000);
const BATCH = 500;
const FIRST_SCREEN_TARGET_MS = 300;
const KEYSTROKE_TARGET_MS = 50;
/** How long the page must stay quiet after a keystroke before its last change counts as final. */
const QUIET_MS = 800;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Each query is typed up to its last character first; the last character is the keystroke timed. */
const QUERIES: { label: string; query: string }[] = [
  { label: 'common word "government"', query: 'government' },
  { label: `rare word "${RARE_WORD.toLocaleLowerCase('tr')}"`, query: RARE_WORD.toLocaleLowerCase('tr') },
  { label: 'Turkish word "başarı"', query: 'başarı' },
  { label: 'prefix "ist"', query: 'ist' },
  { label: 'first letter "k"', query: 'k' },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);

// ---- the list ------------------------------------------------------------------------------

log(`generating ${COUNT} articles`);
const { articles, contentChars } = generateLibrary(COUNT);
const jsonBytes = Buffer.byteLength(JSON.stringify(articles));

const reuse = values.profile ? path.resolve(values.profile) : null;
const profile = reuse ?? (await mkdtemp(path.join(os.tmpdir(), 'okur-bench-library-')));
let browser: ExtensionBrowser | null = await launchWithExtension({ userDataDir: profile });
const { extensionId } = browser;
const libraryUrl = `chrome-extension://${extensionId}/library.html`;
// tsx compiles this file keeping function names, so functions handed to the page call a
// `__name` helper that only exists here: give every page a stand-in.
await browser.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });

/** In-page probe, installed before the page's own scripts: first rows, and the frame that painted them. */
function firstScreenProbe(): void {
  const w = window as unknown as { __okurBench: { rows?: number; painted?: number; ready?: number } };
  const b: { rows?: number; painted?: number; ready?: number } = (w.__okurBench = {});
  const afterPaint = (done: (t: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now());
      ch.port2.postMessage(0);
    });
  const observer = new MutationObserver(() => {
    if (b.rows === undefined && document.querySelector('.okur-row')) {
      b.rows = performance.now();
      afterPaint((t) => (b.painted = t));
    }
    // Full-text search ready: the list is shown and search no longer says it is indexing.
    if (b.rows !== undefined && b.ready === undefined && !document.querySelector('[data-search="reading"]')) {
      b.ready = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

async function openLibrary(): Promise<{ page: Page; rows: number; painted: number }> {
  const page = await browser!.context.newPage();
  await page.addInitScript(firstScreenProbe);
  await page.goto(libraryUrl, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __okurBench?: { painted?: number } }).__okurBench?.painted !== undefined, null, { timeout: Number(process.env.BENCH_TIMEOUT ?? 600_000), polling: 50 });
  const t = await page.evaluate(() => (window as unknown as { __okurBench: { rows: number; painted: number } }).__okurBench);
  return { page, rows: t.rows, painted: t.painted };
}

async function waitForSearchReady(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __okurBench?: { ready?: number } }).__okurBench?.ready !== undefined || !document.querySelector('[data-search="reading"]'), null, {
    timeout: 600_000,
    polling: 100,
  });
  return page.evaluate(() => (window as unknown as { __okurBench: { ready?: number } }).__okurBench.ready ?? performance.now());
}

// Fill: library.html creates the database at its current version; records go in as they are,
// with their line in the list's light copy when the build has one (listing.ts).
if (!reuse) {
  const page = await browser.context.newPage();
  await page.goto(libraryUrl);
  await page.getByText('Nothing saved yet').waitFor({ timeout: 30_000 });
  for (let i = 0; i < articles.length; i += BATCH) {
    log(`writing ${Math.min(i + BATCH, articles.length)}/${articles.length}`);
    const batch = articles.slice(i, i + BATCH);
    // One JSON string crosses to the page much faster than the same objects.
    const json = JSON.stringify({ articles: batch, listing: batch.map(toListing) });
    await page.evaluate(
      ({ name, json }) =>
        new Promise<void>((resolve, reject) => {
          const { articles, listing } = JSON.parse(json) as { articles: unknown[]; listing: unknown[] };
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const stores = db.objectStoreNames.contains('listing') ? ['articles', 'listing'] : ['articles'];
            const tx = db.transaction(stores, 'readwrite');
            for (const r of articles) tx.objectStore('articles').put(r);
            if (stores.includes('listing')) for (const r of listing) tx.objectStore('listing').put(r);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => (db.close(), reject(tx.error));
          };
        }),
      { name: DB_NAME, json },
    );
  }
  await page.close();
}

// ---- first screen ----------------------------------------------------------------------------

const firstScreen: number[] = [];
const rowsInDom: number[] = [];
const searchReady: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const { page, rows, painted } = await openLibrary();
  const ready = await waitForSearchReady(page);
  firstScreen.push(painted);
  rowsInDom.push(rows);
  searchReady.push(ready);
  log(`open ${run}/${RUNS}: rows in DOM ${rows.toFixed(0)} ms, painted ${painted.toFixed(0)} ms, full-text search ready ${ready.toFixed(0)} ms`);
  await page.close();
}

// ---- keystrokes ------------------------------------------------------------------------------

/** Installs the keystroke probe; the next key event starts the clock. */
function keystrokeProbe(): void {
  const w = window as unknown as { __okurKey: { start?: number; changed?: number; painted?: number; idlePainted?: number; mutations: number } };
  const k: { start?: number; changed?: number; painted?: number; idlePainted?: number; mutations: number } = (w.__okurKey = { mutations: 0 });
  const afterPaint = (done: (t: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now());
      ch.port2.postMessage(0);
    });
  // Characters off the US keyboard (ı, ş) arrive without a keydown: whichever event comes first starts the clock.
  const start = (e: Event) => (k.start ??= e.timeStamp);
  document.addEventListener('keydown', start, { capture: true });
  document.addEventListener('beforeinput', start, { capture: true });
  // With no visible change at all, the keystroke ends with the frame after its input event.
  document.addEventListener('input', () => afterPaint((t) => (k.idlePainted ??= t)), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (k.start === undefined) return;
    const t = performance.now();
    k.changed = t;
    k.mutations++;
    afterPaint((p) => {
      if (k.changed === t) k.painted = p;
    });
  });
  const list = document.querySelector('.okur-list');
  const count = document.querySelector('[aria-live]');
  for (const node of [list, count, document.querySelector('.okur-library')]) {
    if (node) observer.observe(node, node === document.querySelector('.okur-library') ? { childList: true } : { childList: true, subtree: true, characterData: true, attributes: true });
  }
}

async function settle(page: Page): Promise<void> {
  // Quiet: no change to the list for QUIET_MS.
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quiet);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        observer.observe(document.querySelector('.okur-library')!, { childList: true, subtree: true, characterData: true, attributes: true });
        function done() {
          observer.disconnect();
          resolve();
        }
      }),
    QUIET_MS,
  );
}

const keystrokes = new Map<string, { ms: number[]; hits: string }>();
{
  const { page } = await openLibrary();
  await waitForSearchReady(page);
  const search = page.getByRole('searchbox', { name: 'Search saved articles' });
  for (const { label, query } of QUERIES) {
    const ms: number[] = [];
    let hits = '';
    for (let run = 0; run < RUNS; run++) {
      await search.fill('');
      await settle(page);
      await search.fill(query.slice(0, -1));
      await settle(page);
      await page.evaluate(keystrokeProbe);
      await page.keyboard.type(query.slice(-1));
      await page.waitForFunction(() => (window as unknown as { __okurKey: { idlePainted?: number } }).__okurKey.idlePainted !== undefined, null, { timeout: Number(process.env.BENCH_TIMEOUT ?? 600_000), polling: 20 });
      await settle(page);
      await page.waitForFunction(() => {
        const k = (window as unknown as { __okurKey: { changed?: number; painted?: number } }).__okurKey;
        return k.changed === undefined || k.painted !== undefined;
      });
      const k = await page.evaluate(() => (window as unknown as { __okurKey: { start: number; painted?: number; idlePainted: number } }).__okurKey);
      ms.push(Math.max(k.painted ?? 0, k.idlePainted) - k.start);
      hits = await page.locator('[aria-live]').first().innerText();
    }
    keystrokes.set(label, { ms, hits });
    log(`${label}: ${ms.map((m) => m.toFixed(0)).join(', ')} ms (${hits})`);
  }
  await search.fill('');
  await page.close();
}

// ---- size ------------------------------------------------------------------------------------

const estimate = await (async () => {
  const page = await browser!.context.newPage();
  await page.goto(libraryUrl);
  const e = await page.evaluate(async () => {
    const { usage, quota } = await navigator.storage.estimate();
    return { usage: usage ?? 0, quota: quota ?? 0 };
  });
  await page.close();
  return e;
})();
const chromiumVersion = browser.context.browser()?.version() ?? 'Chromium';
await browser.close();
browser = null;

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? await dirSize(p) : (await stat(p)).size;
  }
  return total;
}
const idbRoot = path.join(profile, 'Default', 'IndexedDB');
const idbDirs = (await readdir(idbRoot).catch(() => [] as string[])).filter((d) => d.includes(extensionId));
let onDisk = 0;
for (const d of idbDirs) onDisk += await dirSize(path.join(idbRoot, d));
if (!values.keep && !reuse) await rm(profile, { recursive: true, force: true, maxRetries: 3 });

// ---- report ----------------------------------------------------------------------------------

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const figures = {
  chromium: chromiumVersion,
  runs: RUNS,
  articles: COUNT,
  contentMB: contentChars / 1024 / 1024,
  jsonMB: jsonBytes / 1024 / 1024,
  firstScreen: { paintedMs: firstScreen, rowsInDomMs: rowsInDom, searchReadyMs: searchReady },
  keystrokes: Object.fromEntries([...keystrokes].map(([label, k]) => [label, k])),
  size: { onDiskBytes: onDisk, folders: idbDirs, estimateUsageBytes: estimate.usage },
};

if (values.json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const ms = (n: number) => (Number.isNaN(n) ? '-' : `${n.toFixed(0)} ms`);
  const row = (figure: string, med: string, mx: string, target: string, met: string) => console.log(`${figure.padEnd(44)}${med.padStart(11)}${mx.padStart(11)}${target.padStart(10)}${met.padStart(6)}`);
  console.log(`Okur library, ${COUNT} articles (${MB(contentChars)} of content HTML, ${MB(jsonBytes)} as JSON) — ${chromiumVersion}, ${RUNS} runs`);
  console.log('Times from inside the page (performance.now), each to the end of the frame that painted the change.\n');
  row('figure', 'median', 'max', 'target', 'met');
  const timed = (figure: string, xs: number[], target: number | null) =>
    row(figure, ms(median(xs)), ms(max(xs)), target === null ? '-' : `< ${target} ms`, target === null ? '' : median(xs) < target ? 'yes' : 'no');
  timed('first screen (navigation → rows painted)', firstScreen, FIRST_SCREEN_TARGET_MS);
  timed('  rows in the DOM', rowsInDom, null);
  timed('  full-text search ready', searchReady, null);
  for (const [label, k] of keystrokes) timed(`keystroke, ${label}`, k.ms, KEYSTROKE_TARGET_MS);
  row('IndexedDB on disk (browser closed)', MB(onDisk), '', '-', '');
  row('navigator.storage.estimate() usage', MB(estimate.usage), '', '-', '');
  console.log(`\n"met": the median is under the target (the max column shows the worst run). Results shown per query: ${[...keystrokes].map(([l, k]) => `${l.split(' ')[0]}… ${k.hits}`).join('; ')}`);
  if (values.keep) console.log(`Profile kept: ${profile}`);
}
