// Runs inside Chromium for `npm run bench`: both extractors on a freshly parsed copy of a page,
// timing only the extraction (the parse is the same work for both).
import { Readability } from '@mozilla/readability';
import { extractArticle, sanitizeArticleHtml } from '../../lib/extract/index';
import { parseUntrustedHtml } from '../../lib/parse-untrusted';

export interface Timing {
  ms: number;
  ok: boolean;
  error?: string;
}

export type Extractor = 'okur' | 'readability' | 'readability+sanitizer';

/**
 * Readability's README asks for a sanitizer before its output is shown; a reader built on plain
 * Readability runs at least that. Timed as a third extractor for reference, with Okur's own
 * sanitizer configuration, on the HTML string Readability returns.
 */
function readabilityThenSanitizer(doc: Document): boolean {
  const parsed = new Readability(doc).parse();
  if (!parsed?.content) return false;
  sanitizeArticleHtml(parsed.content, window);
  return true;
}

/** Each extractor on a parsed page: true when it found an article. */
const EXTRACTORS: Record<Extractor, (doc: Document, url: string) => boolean> = {
  okur: (doc, url) => extractArticle(doc, url).kind === 'article',
  readability: (doc) => new Readability(doc).parse() !== null,
  'readability+sanitizer': readabilityThenSanitizer,
};

function time(html: string, url: string, which: Extractor): Timing {
  const doc = parseUntrustedHtml(html, url);
  const started = performance.now();
  try {
    const ok = EXTRACTORS[which](doc, url);
    return { ms: performance.now() - started, ok };
  } catch (err) {
    return { ms: performance.now() - started, ok: false, error: String(err).slice(0, 200) };
  }
}

function profile(html: string, url: string): Record<string, number> {
  const timings: Record<string, number> = {};
  try {
    extractArticle(parseUntrustedHtml(html, url), url, { timings });
  } catch {
    // The timed runs report errors; a profile of a failing page is what it got through.
  }
  return timings;
}

/**
 * What Chrome's extractor document does with a copy of the page: parse it, then read it. Timed
 * here in a page where the core has already run, as it has in the extractor document after the
 * first click; the parse counts, since plain Readability reads the page's own DOM.
 */
function fromCopy(html: string, url: string, baseUrl: string): number {
  const started = performance.now();
  extractArticle(parseUntrustedHtml(html, baseUrl), url);
  return performance.now() - started;
}

(globalThis as unknown as { okurBench: typeof time; okurProfile: typeof profile }).okurBench = time;
(globalThis as unknown as { okurFromCopy: typeof fromCopy }).okurFromCopy = fromCopy;
(globalThis as unknown as { okurProfile: typeof profile }).okurProfile = profile;
