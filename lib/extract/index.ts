import { Readability } from '@mozilla/readability';
import { blockText } from './block-text';
import { MIN_ARTICLE_TEXT_LENGTH, PHRASE_MAX_LENGTH } from './constants';
import { checkReadable } from './limits';
import { normalizeIsoDate, parseTextDate } from './metadata/dates';
import { readJsonLd } from './metadata/json-ld';
import { detectDirection, detectLanguage } from './metadata/language';
import { readMetaTags } from './metadata/meta-tags';
import { chooseTitle, cleanByline } from './metadata/title';
import { findVisibleByline } from './metadata/visible-byline';
import { findVisibleDates } from './metadata/visible-dates';
import { NOT_ARTICLE_REASONS, notArticleReason } from './not-article';
import { readingTimeMinutes } from './reading-time';
import { RemovalLog } from './removal-log';
import { sanitizeArticleElement, sanitizeArticleHtml } from './sanitize';
import { fixLazyImages } from './steps/fix-lazy-images';
import { removeByName } from './steps/remove-by-name';
import { removeByPhrase } from './steps/remove-by-phrase';
import { removeEmptyBlocks } from './steps/remove-empty';
import { removeHidden } from './steps/remove-hidden';
import { removeCardLists } from './steps/remove-card-lists';
import { removeStructural } from './steps/remove-structural';
import { removeTitleDuplicates } from './steps/remove-title-duplicate';
import { removeBylineLines } from './steps/remove-byline-lines';
import { findLeadCandidates, missingLead } from './steps/find-lead';
import type { Step, StepContext } from './steps/step';
import { paragraphTextLength } from './steps/step';
import { collapseWhitespace, countWords, ShortTexts } from './text';
import type { Article, ExtractOptions, ExtractOutcome } from './types';
import { ExtractError } from './types';

export type { Article, ExtractOptions, ExtractOutcome, Removal } from './types';
export { ExtractError } from './types';
export { sanitizeArticleHtml } from './sanitize';

/** Chrome removal on the whole page, before Readability scores it, in this order. */
export const PAGE_STEPS: readonly Step[] = [fixLazyImages, removeHidden, removeStructural, removeByName, removeByPhrase];
/** Cleaning of Readability's result: chrome it let through, the repeated headline, empty husks. */
export const RESULT_STEPS = ['remove-by-name', 'remove-by-phrase', 'remove-card-lists', 'find-lead', 'remove-title-duplicate', 'remove-byline-lines', 'remove-empty'] as const;

/**
 * The extraction core: the page's article, cleaned and sanitized, with its metadata.
 *
 * Works on any DOM (the browser's, jsdom's) and changes the document it is given: callers pass a
 * clone of the live page. Throws ExtractError with a sentence for the reader when the document
 * cannot be read at all; returns `not-article` with a reason when it can but holds no article.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  const log = new RemovalLog(!!options.debug);
  const skip = new Set(options.skipSteps ?? []);
  const timings = options.timings;
  const stage = <T>(name: string, run: () => T): T => {
    if (!timings) return run();
    const started = performance.now();
    try {
      return run();
    } finally {
      timings[name] = (timings[name] ?? 0) + performance.now() - started;
    }
  };
  stage('bounds', () => checkReadable(doc));
  const win = doc.defaultView ?? (globalThis as { window?: Window }).window;
  if (!win) throw new ExtractError('No window to sanitize the article in.');

  // 1. What the untouched page says about itself.
  const jsonLd = stage('json-ld', () => readJsonLd(doc));
  const meta = stage('meta-tags', () => readMetaTags(doc));
  const hostname = hostOf(url);
  const reason = stage('not-article', () => notArticleReason(doc, url, jsonLd, meta));
  if (reason) return { kind: 'not-article', reason, removals: log.entries };
  // Dates: declared metadata first (it is exact), then dates printed on the page (read only when a
  // declared one is missing), then Readability's.
  // The page's short texts, read once for its date lines and again by the steps looking for chrome phrases.
  const pageTexts = log.track(new ShortTexts(PHRASE_MAX_LENGTH));
  const declaredPublished = declaredDate([jsonLd.datePublished, meta.published], meta.declaredLang);
  const declaredModified = declaredDate([jsonLd.dateModified, meta.modified], meta.declaredLang);
  const visibleDates = declaredPublished && declaredModified ? { published: null, modified: null } : stage('visible-dates', () => findVisibleDates(doc, meta.declaredLang, pageTexts));
  // The printed byline is the last resort after the declared ones, so it is read only without them.
  const declaredAuthor = jsonLd.authors.join(', ') || meta.author;
  const visibleByline = declaredAuthor ? null : stage('visible-byline', () => findVisibleByline(doc));
  const declaredSite = jsonLd.publisherName ?? cleanSiteName(meta.siteName);
  // Readability weighs the page's titles before Okur removes anything its choice looks at.
  const readabilityTitle = stage('readability-title', () => readabilityTitleOf(doc));

  // 2. Chrome removal before Readability: what it would otherwise score as content.
  const ctx: StepContext = { doc, log, texts: pageTexts, paragraphTextLength: stage('measure', () => paragraphTextLength(doc.body)) };
  for (const step of PAGE_STEPS) if (!skip.has(step.name)) stage(step.name, () => step.run(doc.body, ctx));

  const leadCandidates = skip.has('find-lead') ? [] : stage('find-lead', () => findLeadCandidates(doc, [jsonLd.headline, meta.title, doc.title]));

  // 3. Readability picks the article's block.
  const parsed = stage('readability', () => new Readability(doc, { serializer: (el: Node) => el as unknown as string }).parse());
  const body = parsed?.content as unknown as Element | undefined;
  if (!parsed || !body) return { kind: 'not-article', reason: NOT_ARTICLE_REASONS.tooLittle, removals: log.entries };
  const title = chooseTitle(doc, readabilityTitle ?? parsed.title ?? null, [jsonLd.headline, meta.title], declaredSite, hostname);

  const siteName = declaredSite ?? cleanSiteName(parsed.siteName ?? null) ?? hostname?.replace(/^www\./, '') ?? null;
  const byline = cleanByline(declaredAuthor || parsed.byline || visibleByline, siteName);

  // 4. Chrome that Readability let through.
  const resultCtx: StepContext = { doc, log, texts: log.track(new ShortTexts(PHRASE_MAX_LENGTH)), paragraphTextLength: paragraphTextLength(body) };
  // Readability keeps ids, so names still tell chrome it appended from the article's siblings.
  if (!skip.has('remove-by-name')) stage('result:remove-by-name', () => removeByName.run(body, resultCtx));
  if (!skip.has('remove-by-phrase')) stage('result:remove-by-phrase', () => removeByPhrase.run(body, resultCtx));
  if (!skip.has('remove-card-lists')) stage('result:remove-card-lists', () => removeCardLists.run(body, resultCtx));
  const lead = stage('find-lead', () => missingLead(body, leadCandidates, log));
  if (!skip.has('remove-title-duplicate')) stage('result:remove-title-duplicate', () => removeTitleDuplicates(body, title, log));
  if (!skip.has('remove-byline-lines')) stage('result:remove-byline-lines', () => removeBylineLines(body, byline, resultCtx.texts, log));
  if (!skip.has('remove-empty')) stage('result:remove-empty', () => removeEmptyBlocks(body, log));

  // 5. Sanitize, then measure what the reader will actually see.
  stage('sanitize', () => sanitizeArticleElement(body, win));
  const content = body.innerHTML;
  const leadFigure = lead.figure ? sanitizeArticleHtml(lead.figure.outerHTML, win) || null : null;
  const figureHolder = doc.createElement('template');
  figureHolder.innerHTML = leadFigure ?? '';
  const textContent = stage('block-text', () => [...lead.standfirst, blockText(figureHolder.content), blockText(body)].filter(Boolean).join('\n\n'));
  if (textContent.length < MIN_ARTICLE_TEXT_LENGTH) return { kind: 'not-article', reason: NOT_ARTICLE_REASONS.tooLittle, removals: log.entries };

  const lang = stage('language', () => detectLanguage(textContent, jsonLd.inLanguage ?? meta.declaredLang ?? parsed.lang ?? null));
  const wordCount = stage('count-words', () => countWords(textContent, lang));
  // The content is sanitized already; the lead image is shown from its URL, so only the web's.
  const firstImage = absolute((figureHolder.content.querySelector('img[src]') ?? body.querySelector('img[src]'))?.getAttribute('src'), url);

  const article: Article = {
    url: absolute(meta.canonical, url) ?? url,
    title,
    byline,
    siteName,
    lang,
    dir: detectDirection(lang, textContent, meta.declaredDir ?? parsed.dir ?? null),
    publishedTime: declaredPublished ?? visibleDates.published ?? (parsed.publishedTime ? normalizeIsoDate(parsed.publishedTime) : null),
    modifiedTime: declaredModified ?? visibleDates.modified,
    excerpt: meta.description ?? jsonLd.description ?? (parsed.excerpt ? collapseWhitespace(parsed.excerpt) : null),
    leadImage: absolute(jsonLd.image ?? meta.image, url) ?? firstImage,
    standfirst: lead.standfirst,
    leadFigure,
    content,
    textContent,
    length: textContent.length,
    wordCount,
    readingTimeMinutes: readingTimeMinutes(textContent, wordCount, lang),
  };
  return { kind: 'article', article, removals: log.entries };
}

/** The first of the page's declared dates (JSON-LD, then meta tags) that reads as a date, as an ISO date. */
function declaredDate(declared: (string | null)[], locale: string | null): string | null {
  for (const raw of declared) {
    const iso = raw ? normalizeIsoDate(raw) ?? parseTextDate(raw, locale)?.iso ?? null : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * Readability's title choice on the page as it is now: JSON-LD, then Dublin Core, Open Graph,
 * Twitter and Parse.ly titles, then its <title> heuristic (stable internals of the pinned 0.6).
 * Asked before Okur's steps run, because the <title> heuristic compares against the body's <h1>s.
 */
function readabilityTitleOf(doc: Document): string | null {
  type Internals = { _getJSONLD?: (d: Document) => object; _getArticleMetadata?: (j: object) => { title?: string } };
  const reader = new Readability(doc) as unknown as Internals;
  try {
    const jsonLd = reader._getJSONLD?.(doc) ?? {};
    return reader._getArticleMetadata?.(jsonLd).title?.trim() || null;
  } catch {
    return null;
  }
}

function cleanSiteName(name: string | null): string | null {
  if (!name) return null;
  const clean = collapseWhitespace(name.replace(/^@/, ''));
  return clean || null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Only web addresses become links or images; anything else (javascript:, data:) is dropped. */
function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
