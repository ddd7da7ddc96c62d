import type { Article } from './extract/types';

/**
 * Every message between Okur's parts, typed in one place and named by direction.
 *
 * extractor -> popup or background: the extraction core's answer about one page. It comes from
 * the extractor document or from the content script that reads the page in place (a page's
 * process), so it is checked as untrusted data before use.
 */
export type ExtractReply =
  | { type: 'article'; article: Article }
  | { type: 'not-article'; reason: string }
  | { type: 'error'; message: string };

const ARTICLE_STRINGS = ['url', 'title', 'content', 'textContent'] as const;
const ARTICLE_NULLABLE_STRINGS = ['byline', 'siteName', 'lang', 'publishedTime', 'modifiedTime', 'excerpt', 'leadImage', 'leadFigure'] as const;
const ARTICLE_NUMBERS = ['length', 'wordCount', 'readingTimeMinutes'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isArticle(v: unknown): v is Article {
  if (!isRecord(v)) return false;
  if (!ARTICLE_STRINGS.every((k) => typeof v[k] === 'string')) return false;
  if (!ARTICLE_NULLABLE_STRINGS.every((k) => v[k] === null || typeof v[k] === 'string')) return false;
  if (!ARTICLE_NUMBERS.every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]))) return false;
  if (!Array.isArray(v.standfirst) || !v.standfirst.every((p) => typeof p === 'string')) return false;
  return v.dir === 'ltr' || v.dir === 'rtl';
}

/** The reply as Okur understands it, or null when it is not one of Okur's replies. */
export function parseExtractReply(value: unknown): ExtractReply | null {
  if (!isRecord(value)) return null;
  if (value.type === 'article' && isArticle(value.article)) return { type: 'article', article: value.article };
  if (value.type === 'not-article' && typeof value.reason === 'string') return { type: 'not-article', reason: value.reason };
  if (value.type === 'error' && typeof value.message === 'string') return { type: 'error', message: value.message };
  return null;
}

/**
 * content script -> popup or background: the page the reader clicked Okur on, as HTML, for the
 * extractor document to read (`baseUrl` is where its relative links point), or why it cannot be
 * read; `read-in-page` when copying it would cost more than reading it where it is.
 */
export type ContentToReaderSnapshot =
  | { type: 'page'; html: string; url: string; baseUrl: string }
  | { type: 'read-in-page' }
  | { type: 'error'; message: string };

export function parsePageSnapshot(value: unknown): ContentToReaderSnapshot | null {
  if (!isRecord(value)) return null;
  if (value.type === 'page' && typeof value.html === 'string' && typeof value.url === 'string' && typeof value.baseUrl === 'string') {
    return { type: 'page', html: value.html, url: value.url, baseUrl: value.baseUrl };
  }
  if (value.type === 'read-in-page') return { type: 'read-in-page' };
  if (value.type === 'error' && typeof value.message === 'string') return { type: 'error', message: value.message };
  return null;
}

/** popup or background -> extractor document: read this page. */
export type ReaderToExtractorMessage = { type: 'extract'; html: string; url: string; baseUrl: string };

export function isReaderToExtractorMessage(value: unknown): value is ReaderToExtractorMessage {
  return isRecord(value) && value.type === 'extract' && typeof value.html === 'string' && typeof value.url === 'string' && typeof value.baseUrl === 'string';
}

/**
 * extension page -> background: the reading list changed here (saved, archived, deleted…),
 * so the background syncs it. Carries nothing the background trusts beyond its type.
 */
export type PageToBackgroundMessage = { type: 'library-changed' };

export function isPageToBackgroundMessage(value: unknown): value is PageToBackgroundMessage {
  return isRecord(value) && value.type === 'library-changed';
}

/**
 * library page -> its search worker: what the reader typed. `seq` numbers the queries so the
 * page keeps only the answer to the latest one.
 */
export type PageToSearchWorkerMessage = { type: 'query'; seq: number; query: string };

/** How much of the list's full text the search worker has read so far. */
export interface SearchCoverage {
  read: number;
  total: number;
}

/**
 * search worker -> library page: the answer to a query (ids best first, null for an empty
 * query); `progress` while the worker reads the list's text; `changed` once it has taken in a
 * change to the list, so the page asks again.
 */
export type SearchWorkerToPageMessage =
  | { type: 'results'; seq: number; ids: string[] | null; coverage: SearchCoverage }
  | { type: 'progress'; coverage: SearchCoverage }
  | { type: 'changed' }
  | { type: 'failed' };
