import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../lib/extract/index';
import { ExtractError } from '../../lib/extract/types';
import { parseHtml } from '../../lib/node/parse-html';
import { htmlToText, tokenF1 } from './token-f1';

/**
 * Mozilla's Readability test pages (../shared/corpus/readability-test-pages from the repo root,
 * or OKUR_CORPUS_DIR), and the two extractors compared on them: plain Readability (the baseline)
 * and Okur's core. Each run parses its own copy of the page with the same parser.
 */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** The URL Readability's own tests give every page. */
export const CORPUS_URL = 'http://fakehost/test/page.html';

export function corpusDir(): string {
  return process.env.OKUR_CORPUS_DIR
    ? path.resolve(process.env.OKUR_CORPUS_DIR)
    : path.resolve(REPO_ROOT, '../shared/corpus/readability-test-pages');
}

/** expected-metadata.json of a page; fields are absent or null when the page has none. */
export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  dir?: string | null;
  lang?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

export interface CorpusPage {
  slug: string;
  dir: string;
  sourceFile: string;
  expectedFile: string;
  metadataFile: string;
}

/** Page folders that hold source.html, expected.html and expected-metadata.json, by name. */
export function listCorpusPages(dir: string = corpusDir()): CorpusPage[] {
  if (!existsSync(dir)) return [];
  // Names only, then the three files: a page folder may be a symlink.
  return readdirSync(dir)
    .map((name) => {
      const pageDir = path.join(dir, name);
      return {
        slug: name,
        dir: pageDir,
        sourceFile: path.join(pageDir, 'source.html'),
        expectedFile: path.join(pageDir, 'expected.html'),
        metadataFile: path.join(pageDir, 'expected-metadata.json'),
      };
    })
    .filter((page) => existsSync(page.sourceFile) && existsSync(page.expectedFile) && existsSync(page.metadataFile))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

export function readMetadata(page: CorpusPage): ExpectedMetadata {
  return JSON.parse(readFileSync(page.metadataFile, 'utf8')) as ExpectedMetadata;
}

/** What an extractor found: the title and the visible text of the article body. */
export interface Extracted {
  title: string;
  text: string;
}

/** Plain Readability on a freshly parsed document; null when it finds no article. */
export function runBaseline(html: string, url: string = CORPUS_URL): Extracted | null {
  const doc = parseHtml(html, url);
  try {
    const parsed = new Readability(doc).parse();
    if (!parsed || !parsed.content) return null;
    return { title: parsed.title ?? '', text: htmlToText(parsed.content) };
  } finally {
    doc.defaultView?.close();
  }
}

/**
 * Okur's core on a freshly parsed document (it changes the document it reads); null when it
 * says the page is not an article, with its reason in `details.reason` when asked for.
 * ExtractError (a page Okur refuses) and crashes are thrown.
 */
export function runOkur(html: string, url: string = CORPUS_URL, details?: { reason?: string }): Extracted | null {
  const doc = parseHtml(html, url);
  try {
    const outcome = extractArticle(doc, url);
    if (outcome.kind === 'not-article') {
      if (details) details.reason = outcome.reason;
      return null;
    }
    return { title: outcome.article.title, text: htmlToText(outcome.article.content) };
  } finally {
    doc.defaultView?.close();
  }
}

/** A hand-written correction of one page's expectations (see tests/corpus/corrections.json). */
export interface Correction {
  why: string;
  /** Selectors of elements in expected.html that are site chrome, not the article. */
  chrome?: string[];
  /** Article text expected.html leaves out. */
  content?: string[];
  /** The headline as a reader titles the article. */
  title?: string;
}

export const CORRECTIONS_FILE = path.join(REPO_ROOT, 'tests/corpus/corrections.json');

export function readCorrections(): Record<string, Correction> {
  return (JSON.parse(readFileSync(CORRECTIONS_FILE, 'utf8')) as { pages: Record<string, Correction> }).pages;
}

/**
 * expected.html's text after a correction. A selector that matches nothing throws: a correction
 * that silently stopped applying would make the corrected figures lie.
 */
export function correctedExpectedText(expectedHtml: string, correction: Correction | undefined, slug: string): string {
  if (!correction) return htmlToText(expectedHtml);
  const fragment = JSDOM.fragment(expectedHtml);
  for (const selector of correction.chrome ?? []) {
    const found = fragment.querySelectorAll(selector);
    if (found.length === 0) throw new Error(`${slug}: correction selector ${selector} matches nothing in expected.html`);
    for (const el of Array.from(found)) el.remove();
  }
  const holder = JSDOM.fragment('<div></div>').firstElementChild!;
  holder.append(fragment);
  return [htmlToText(holder.innerHTML), ...(correction.content ?? [])].join('\n');
}

/** The figures of one page, as the suite asserts them and the report prints them. */
export interface PageFigures {
  slug: string;
  /** Whether the page has a hand-written correction; the figures below are after it. */
  corrected: boolean;
  /** Against expected.html as it is, before any correction. */
  rawOkurF1: number;
  rawBaselineF1: number;
  rawOkurTitleMatch: boolean;
  rawBaselineTitleMatch: boolean;
  okurF1: number;
  baselineF1: number;
  /** okurF1 - baselineF1: negative where Okur loses. */
  delta: number;
  okurPrecision: number;
  okurRecall: number;
  baselinePrecision: number;
  baselineRecall: number;
  expectedTitle: string | null;
  okurTitle: string | null;
  baselineTitle: string | null;
  okurTitleMatch: boolean;
  baselineTitleMatch: boolean;
  /** Why Okur gave no article: its not-article reason, or an ExtractError's message. */
  okurNoArticle?: string;
  /** An exception that is not an ExtractError: a bug. */
  okurCrash?: string;
  baselineNoArticle?: boolean;
  baselineCrash?: string;
  okurMs: number;
  baselineMs: number;
}

function titleMatches(actual: string | null, expected: string | null | undefined): boolean {
  return actual !== null && typeof expected === 'string' && actual.trim() === expected.trim();
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.split('\n')[0]!;
}

/** Runs both extractors on one page (each on its own parse) and scores them against expected.html. */
export function scorePage(page: CorpusPage, corrections: Record<string, Correction> = {}): PageFigures {
  const source = readFileSync(page.sourceFile, 'utf8');
  const expectedHtml = readFileSync(page.expectedFile, 'utf8');
  const correction = corrections[page.slug];
  const rawExpectedText = htmlToText(expectedHtml);
  const expectedText = correctedExpectedText(expectedHtml, correction, page.slug);
  const metadata = readMetadata(page);
  const expectedTitle = correction?.title ?? metadata.title ?? null;

  let started = performance.now();
  let baseline: Extracted | null = null;
  let baselineCrash: string | undefined;
  try {
    baseline = runBaseline(source);
  } catch (err) {
    baselineCrash = firstLine(err);
  }
  const baselineMs = performance.now() - started;

  started = performance.now();
  let okur: Extracted | null = null;
  let okurCrash: string | undefined;
  let okurNoArticle: string | undefined;
  const details: { reason?: string } = {};
  try {
    okur = runOkur(source, CORPUS_URL, details);
    if (!okur) okurNoArticle = details.reason ?? 'not an article';
  } catch (err) {
    if (err instanceof ExtractError) okurNoArticle = firstLine(err);
    else okurCrash = firstLine(err);
  }
  const okurMs = performance.now() - started;

  const o = tokenF1(okur?.text ?? '', expectedText);
  const b = tokenF1(baseline?.text ?? '', expectedText);
  const figures: PageFigures = {
    slug: page.slug,
    corrected: !!correction,
    rawOkurF1: tokenF1(okur?.text ?? '', rawExpectedText).f1,
    rawBaselineF1: tokenF1(baseline?.text ?? '', rawExpectedText).f1,
    rawOkurTitleMatch: titleMatches(okur?.title ?? null, metadata.title),
    rawBaselineTitleMatch: titleMatches(baseline?.title ?? null, metadata.title),
    okurF1: o.f1,
    baselineF1: b.f1,
    delta: o.f1 - b.f1,
    okurPrecision: o.precision,
    okurRecall: o.recall,
    baselinePrecision: b.precision,
    baselineRecall: b.recall,
    expectedTitle,
    okurTitle: okur?.title ?? null,
    baselineTitle: baseline?.title ?? null,
    okurTitleMatch: titleMatches(okur?.title ?? null, expectedTitle),
    baselineTitleMatch: titleMatches(baseline?.title ?? null, expectedTitle),
    okurMs: Math.round(okurMs),
    baselineMs: Math.round(baselineMs),
  };
  if (okurNoArticle) figures.okurNoArticle = okurNoArticle;
  if (okurCrash) figures.okurCrash = okurCrash;
  if (!baseline && !baselineCrash) figures.baselineNoArticle = true;
  if (baselineCrash) figures.baselineCrash = baselineCrash;
  return figures;
}

/** How much worse than the baseline Okur may do on a page before the suite fails it. */
export const LOSS_TOLERANCE = 0.01;

export interface CorpusSummary {
  pages: number;
  correctedPages: number;
  rawOkurMeanF1: number;
  rawBaselineMeanF1: number;
  rawOkurTitleMatches: number;
  rawBaselineTitleMatches: number;
  rawOkurLosses: number;
  okurMeanF1: number;
  baselineMeanF1: number;
  okurTitleMatches: number;
  baselineTitleMatches: number;
  /** Pages where Okur's F1 is more than 0.01 below the baseline's. */
  okurLosses: number;
  okurCrashes: number;
}

export function summarize(rows: readonly PageFigures[]): CorpusSummary {
  const mean = (pick: (r: PageFigures) => number) => (rows.length ? rows.reduce((s, r) => s + pick(r), 0) / rows.length : 0);
  return {
    pages: rows.length,
    correctedPages: rows.filter((r) => r.corrected).length,
    rawOkurMeanF1: mean((r) => r.rawOkurF1),
    rawBaselineMeanF1: mean((r) => r.rawBaselineF1),
    rawOkurTitleMatches: rows.filter((r) => r.rawOkurTitleMatch).length,
    rawBaselineTitleMatches: rows.filter((r) => r.rawBaselineTitleMatch).length,
    rawOkurLosses: rows.filter((r) => r.rawOkurF1 - r.rawBaselineF1 < -LOSS_TOLERANCE).length,
    okurMeanF1: mean((r) => r.okurF1),
    baselineMeanF1: mean((r) => r.baselineF1),
    okurTitleMatches: rows.filter((r) => r.okurTitleMatch).length,
    baselineTitleMatches: rows.filter((r) => r.baselineTitleMatch).length,
    okurLosses: rows.filter((r) => r.delta < -LOSS_TOLERANCE).length,
    okurCrashes: rows.filter((r) => r.okurCrash).length,
  };
}
