// Okur against plain Readability, side by side, in one run:
//   quality  token precision / recall / F1 of the body text, on Mozilla's Readability test
//            pages (against expected.html as it is, and with tests/corpus/corrections.json) and
//            on Okur's golden pages (against the hand-written `present` texts, plus how many of
//            the hand-written `absent` chrome strings leak through);
//   speed    median and p95 extraction time per page, measured in real Chromium on the same
//            pages (each page: 1 warm-up, then --runs timed runs, extractors alternating); for
//            reference also plain Readability followed by the sanitizer, which any reader built
//            on it must run before showing its output; and a click: each content script loaded
//            and run once in a fresh tab of the page, and Okur's click in Chrome (the small
//            copying script in a fresh tab, then the copy read where the core is already loaded).
//
//   npm run bench [-- --runs 3] [--json]
//
// A benchmark, not a test: it prints figures and asserts nothing. Machines here are shared;
// compare the columns of one run, not runs with each other.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CORPUS_URL, corpusDir, listCorpusPages, readCorrections, REPO_ROOT, runBaseline, scorePage, summarize } from '../tests/support/corpus';
import { chromePath } from '../tests/e2e/support/browser';
import { tokenF1 } from '../tests/support/token-f1';
import { extractArticle } from '../lib/extract/index';
import type { Extractor } from './bench/browser-entry';
import { parseHtml } from '../lib/node/parse-html';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean' }, profile: { type: 'boolean' } } });
const RUNS = Math.max(1, Number(values.runs) || 3);
const log = (s: string) => process.stderr.isTTY && process.stderr.write(`\r${s}`.padEnd(70));

interface BenchPage {
  name: string;
  html: string;
  url: string;
}

// ---- quality -------------------------------------------------------------------------------

const corpusPages = listCorpusPages(corpusDir());
const corrections = readCorrections();
const corpusRows = corpusPages.map((p, i) => (log(`quality ${i + 1}/${corpusPages.length} ${p.slug}`), scorePage(p, corrections)));
const corpus = summarize(corpusRows);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

const PAGES_DIR = path.join(REPO_ROOT, 'tests/pages');
interface GoldenExpected {
  url: string;
  article: boolean;
  present?: string[];
  absent?: string[];
}
const goldenPages = readdirSync(PAGES_DIR)
  .filter((s) => existsSync(path.join(PAGES_DIR, s, 'expected.json')))
  .map((slug) => ({ slug, html: readFileSync(path.join(PAGES_DIR, slug, 'source.html'), 'utf8'), expected: JSON.parse(readFileSync(path.join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as GoldenExpected }));
const goldenArticles = goldenPages.filter((g) => g.expected.article);
const golden = { okur: { p: [] as number[], r: [] as number[], f: [] as number[], leaks: 0 }, base: { p: [] as number[], r: [] as number[], f: [] as number[], leaks: 0 } };
const squash = (s: string) => s.replace(/\s+/g, ' ');
for (const g of goldenArticles) {
  const expectedText = (g.expected.present ?? []).join('\n');
  // What the reader sees: Okur shows the standfirst and lead caption above the body.
  const okurSeen = (html: string, url: string) => {
    const outcome = extractArticle(parseHtml(html, url), url);
    return outcome.kind === 'article' ? { text: outcome.article.textContent } : null;
  };
  for (const [key, run] of [['okur', okurSeen], ['base', runBaseline]] as const) {
    const text = run(g.html, g.expected.url)?.text ?? '';
    const s = tokenF1(text, expectedText);
    golden[key].p.push(s.precision);
    golden[key].r.push(s.recall);
    golden[key].f.push(s.f1);
    golden[key].leaks += (g.expected.absent ?? []).filter((a) => squash(text).includes(squash(a))).length;
  }
}
const absentTotal = goldenArticles.reduce((n, g) => n + (g.expected.absent?.length ?? 0), 0);

// ---- speed in Chromium ---------------------------------------------------------------------

const outDir = path.join(REPO_ROOT, 'test-artifacts', 'bench');
mkdirSync(outDir, { recursive: true });
log('bundling the extractors for the browser');
/** One script of the bench for the browser, minified as a content script is, into outDir. */
async function bundle(entry: string, name: string, fileName: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO_ROOT,
    build: { outDir, emptyOutDir: false, minify: true, lib: { entry: path.join(REPO_ROOT, 'scripts/bench', entry), formats: ['iife'], name, fileName: () => fileName } },
  });
}
await bundle('browser-entry.ts', 'okurBenchBundle', 'bench.js');
// Content scripts of plain Readability alone (also for the size figure), and of Readability then the sanitizer.
await bundle('readability-only-entry.ts', 'okurBaselineBundle', 'readability-only.js');
await bundle('readability-sanitizer-entry.ts', 'okurSanitizedBaselineBundle', 'readability-sanitizer.js');

const speedPages: BenchPage[] = [
  ...corpusPages.map((p) => ({ name: p.slug, html: readFileSync(p.sourceFile, 'utf8'), url: CORPUS_URL })),
  ...goldenPages.map((g) => ({ name: `golden/${g.slug}`, html: g.html, url: g.expected.url })),
];

const OKUR_CONTENT_SCRIPT = path.join(REPO_ROOT, '.output/chrome-mv3/content-scripts/extract.js');
const OKUR_SNAPSHOT_SCRIPT = path.join(REPO_ROOT, '.output/chrome-mv3/content-scripts/snapshot.js');
if (!existsSync(OKUR_CONTENT_SCRIPT) || !existsSync(OKUR_SNAPSHOT_SCRIPT)) {
  log('building the extension for its content script');
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
}
const sizeOf = (file: string) => (existsSync(file) ? { bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length } : null);
const contentScriptSize = {
  okur: sizeOf(OKUR_CONTENT_SCRIPT),
  snapshot: sizeOf(OKUR_SNAPSHOT_SCRIPT),
  readability: sizeOf(path.join(outDir, 'readability-only.js')),
};

const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const version = browser.version();
const page = await browser.newPage();
await page.goto('about:blank');
await page.addScriptTag({ path: path.join(outDir, 'bench.js') });
type Timing = { ms: number; ok: boolean; error?: string };
const perPage: { name: string; okur: number; readability: number; sanitized: number }[] = [];
const errors: string[] = [];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! : 0;
};
// Where Okur's time goes, summed over all pages (--profile): one extra untimed-for-the-table run.
const stageTotals = new Map<string, number>();
const EXTRACTORS: readonly Extractor[] = ['okur', 'readability', 'readability+sanitizer'];
/** The extractors, the k-th first: rotating who goes first spreads warm caches and noise alike. */
const rotation = (k: number): Extractor[] => EXTRACTORS.map((_, i) => EXTRACTORS[(i + k) % EXTRACTORS.length]!);
for (const [i, p] of speedPages.entries()) {
  log(`speed ${i + 1}/${speedPages.length} ${p.name}`);
  const times: Record<Extractor, number[]> = { okur: [], readability: [], 'readability+sanitizer': [] };
  for (let run = 0; run <= RUNS; run++) {
    for (const which of rotation(run)) {
      const t = (await page.evaluate(([html, url, w]) => (globalThis as unknown as { okurBench(h: string, u: string, w: Extractor): Timing }).okurBench(html, url, w), [p.html, p.url, which] as const)) as Timing;
      if (t.error && run === 0) errors.push(`${which} on ${p.name}: ${t.error}`);
      if (run > 0) times[which].push(t.ms); // run 0 is the warm-up
    }
  }
  perPage.push({ name: p.name, okur: median(times.okur), readability: median(times.readability), sanitized: median(times['readability+sanitizer']) });
  if (values.profile) {
    const t = (await page.evaluate(([html, url]) => (globalThis as unknown as { okurProfile(h: string, u: string): Record<string, number> }).okurProfile(html, url), [p.html, p.url] as const)) as Record<string, number>;
    for (const [stage, ms] of Object.entries(t)) stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + ms);
  }
}
// A click read in the page (Firefox, and pages too large to copy): the content script is
// injected into the reader's tab anew each time, so the reader waits for it to load (parse,
// compile, build its patterns) and run once on the page, with nothing optimized yet. Timed in a
// fresh tab showing the page, from the script's start to its answer: Okur's content script as
// built, against content scripts of plain Readability alone and of Readability then the sanitizer.
const clickScripts: Record<Extractor, string> = {
  okur: readFileSync(OKUR_CONTENT_SCRIPT, 'utf8'),
  readability: `${readFileSync(path.join(outDir, 'readability-only.js'), 'utf8')}\n;okurBaseline();`,
  'readability+sanitizer': `${readFileSync(path.join(outDir, 'readability-sanitizer.js'), 'utf8')}\n;okurBaselineSanitized();`,
};
const snapshotScript = readFileSync(OKUR_SNAPSHOT_SCRIPT, 'utf8');
/** A fresh tab showing the page, from memory: its pictures, styles and scripts are not fetched. */
async function freshTab(p: BenchPage) {
  const tab = await browser.newPage();
  await tab.route('**/*', (route) => {
    const request = route.request();
    return request.isNavigationRequest() && request.frame() === tab.mainFrame() ? route.fulfill({ body: p.html, contentType: 'text/html' }) : route.abort();
  });
  await tab.goto(p.url);
  return tab;
}
/** Milliseconds to load and run `code` in the tab, as an inline script runs as it is inserted. */
const runTimed = (tab: Awaited<ReturnType<typeof freshTab>>, code: string) =>
  tab.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = source;
    const started = performance.now();
    document.head.append(script);
    return performance.now() - started;
  }, code);
const cold: Record<Extractor, number[]> = { okur: [], readability: [], 'readability+sanitizer': [] };
// Okur's click in Chrome: the copying script in the tab, then the copy parsed and read in a page
// where the core has run before, as in the extractor document from the second click on. The two
// messages that carry the copy to the extractor and the article back are not in this figure.
const copied: number[] = [];
for (const [i, p] of speedPages.entries()) {
  log(`click ${i + 1}/${speedPages.length} ${p.name}`);
  for (const which of rotation(i)) {
    const tab = await freshTab(p);
    cold[which].push(await runTimed(tab, clickScripts[which]));
    await tab.close();
  }
  const tab = await freshTab(p);
  const copyMs = await runTimed(tab, snapshotScript);
  // The built script leaves its answer in a global named after it, as a promise.
  const copy = (await tab.evaluate(() => (globalThis as unknown as { snapshot: Promise<unknown> }).snapshot)) as { type: string; html: string; url: string; baseUrl: string };
  await tab.close();
  if (copy.type !== 'page') {
    errors.push(`copying script on ${p.name}: ${copy.type}`);
    continue;
  }
  const readMs = (await page.evaluate(({ html, url, baseUrl }) => (globalThis as unknown as { okurFromCopy(h: string, u: string, b: string): number }).okurFromCopy(html, url, baseUrl), copy)) as number;
  copied.push(copyMs + readMs);
}
await browser.close();
if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(71) + '\r');

// ---- report --------------------------------------------------------------------------------

const okurTimes = perPage.map((p) => p.okur);
const baseTimes = perPage.map((p) => p.readability);
const sanitizedTimes = perPage.map((p) => p.sanitized);
const figures = {
  chromium: version,
  runs: RUNS,
  corpus: {
    pages: corpus.pages,
    raw: { okur: { precision: mean(corpusRows.map((r) => r.okurPrecision)), f1: corpus.rawOkurMeanF1 }, readability: { f1: corpus.rawBaselineMeanF1 } },
    corrected: {
      okur: { precision: mean(corpusRows.map((r) => r.okurPrecision)), recall: mean(corpusRows.map((r) => r.okurRecall)), f1: corpus.okurMeanF1 },
      readability: { precision: mean(corpusRows.map((r) => r.baselinePrecision)), recall: mean(corpusRows.map((r) => r.baselineRecall)), f1: corpus.baselineMeanF1 },
    },
    titles: { okur: corpus.okurTitleMatches, readability: corpus.baselineTitleMatches, rawOkur: corpus.rawOkurTitleMatches, rawReadability: corpus.rawBaselineTitleMatches },
  },
  golden: {
    pages: goldenArticles.length,
    okur: { precision: mean(golden.okur.p), recall: mean(golden.okur.r), f1: mean(golden.okur.f), leaked: golden.okur.leaks },
    readability: { precision: mean(golden.base.p), recall: mean(golden.base.r), f1: mean(golden.base.f), leaked: golden.base.leaks },
    absentStrings: absentTotal,
  },
  speed: {
    pages: perPage.length,
    okur: { medianMs: median(okurTimes), p95Ms: p95(okurTimes), totalMs: okurTimes.reduce((a, b) => a + b, 0) },
    readability: { medianMs: median(baseTimes), p95Ms: p95(baseTimes), totalMs: baseTimes.reduce((a, b) => a + b, 0) },
    readabilityThenSanitizer: { medianMs: median(sanitizedTimes), p95Ms: p95(sanitizedTimes), totalMs: sanitizedTimes.reduce((a, b) => a + b, 0) },
    fasterPages: perPage.filter((p) => p.okur < p.readability).length,
    cold: {
      okurCopied: { medianMs: median(copied), p95Ms: p95(copied) },
      okur: { medianMs: median(cold.okur), p95Ms: p95(cold.okur) },
      readability: { medianMs: median(cold.readability), p95Ms: p95(cold.readability) },
      readabilityThenSanitizer: { medianMs: median(cold['readability+sanitizer']), p95Ms: p95(cold['readability+sanitizer']) },
    },
  },
  contentScriptSize,
  errors,
};

if (values.json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const f3 = (n: number) => n.toFixed(4);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const row = (label: string, a: string, b: string) => console.log(`${label.padEnd(44)}${a.padStart(16)}${b.padStart(16)}`);
  console.log(`Okur vs plain Readability — Chromium ${version}, ${RUNS} timed runs per page\n`);
  row('', 'okur', 'readability');
  const c = figures.corpus.corrected;
  row(`Readability pages (${corpus.pages}), corrected: precision`, f3(c.okur.precision), f3(c.readability.precision));
  row('                                     recall', f3(c.okur.recall), f3(c.readability.recall));
  row('                                     F1', f3(c.okur.f1), f3(c.readability.f1));
  row('  as is (expected.html untouched): F1', f3(corpus.rawOkurMeanF1), f3(corpus.rawBaselineMeanF1));
  row('  titles matching, corrected / as is', `${corpus.okurTitleMatches} / ${corpus.rawOkurTitleMatches}`, `${corpus.baselineTitleMatches} / ${corpus.rawBaselineTitleMatches}`);
  row(`Golden pages (${goldenArticles.length} articles): precision`, f3(figures.golden.okur.precision), f3(figures.golden.readability.precision));
  row('                                     recall', f3(figures.golden.okur.recall), f3(figures.golden.readability.recall));
  row('                                     F1', f3(figures.golden.okur.f1), f3(figures.golden.readability.f1));
  row(`  chrome strings leaked (of ${absentTotal})`, String(golden.okur.leaks), String(golden.base.leaks));
  row(`Time per page in Chromium (${perPage.length} pages): median`, ms(figures.speed.okur.medianMs), ms(figures.speed.readability.medianMs));
  row('                                     p95', ms(figures.speed.okur.p95Ms), ms(figures.speed.readability.p95Ms));
  row('                                     total', ms(figures.speed.okur.totalMs), ms(figures.speed.readability.totalMs));
  row('A click, Chrome: copy + extractor doc, median', ms(figures.speed.cold.okurCopied.medianMs), ms(figures.speed.cold.readability.medianMs));
  row('                                     p95', ms(figures.speed.cold.okurCopied.p95Ms), ms(figures.speed.cold.readability.p95Ms));
  row('  read in the page (Firefox, over 4 MB): median', ms(figures.speed.cold.okur.medianMs), ms(figures.speed.cold.readability.medianMs));
  row('                                     p95', ms(figures.speed.cold.okur.p95Ms), ms(figures.speed.cold.readability.p95Ms));
  const kb = (s: { bytes: number; gzip: number } | null) => (s ? `${(s.bytes / 1024).toFixed(1)} kB` : 'not built');
  const gz = (s: { bytes: number; gzip: number } | null) => (s ? `${(s.gzip / 1024).toFixed(1)} kB` : 'not built');
  row('Content script size (minified)', kb(contentScriptSize.okur), kb(contentScriptSize.readability));
  row('                     gzip', gz(contentScriptSize.okur), gz(contentScriptSize.readability));
  row('  copying script (Chrome), minified / gzip', `${kb(contentScriptSize.snapshot)} / ${gz(contentScriptSize.snapshot)}`, '');
  const s = figures.speed.readabilityThenSanitizer;
  const sc = figures.speed.cold.readabilityThenSanitizer;
  console.log(`\nFor reference, plain Readability then the sanitizer its README asks for (Okur's configuration):\n  median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)}, total ${ms(s.totalMs)}; on a click: median ${ms(sc.medianMs)}, p95 ${ms(sc.p95Ms)}.`);
  console.log(`\nOkur faster on ${figures.speed.fasterPages} of ${perPage.length} pages.`);
  if (errors.length) console.log(`Errors:\n  ${errors.join('\n  ')}`);
  if (values.profile) {
    console.log('\nOkur stages, total over all pages:');
    for (const [stage, total] of [...stageTotals].sort((a, b) => b[1] - a[1])) console.log(`  ${stage.padEnd(32)}${ms(total).padStart(12)}`);
    // What Okur adds around Readability, against what plain Readability takes in all: the budget
    // for Okur's own work if it is to be no slower.
    const inside = stageTotals.get('readability') ?? 0;
    const own = [...stageTotals].reduce((sum, [stage, total]) => (stage === 'readability' ? sum : sum + total), 0);
    console.log(`\nReadability inside Okur ${ms(inside)}, Okur's own stages ${ms(own)}; plain Readability ${ms(figures.speed.readability.totalMs)} in all.`);
  }
}
