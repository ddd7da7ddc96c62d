import type { Article } from './extract/types';

/**
 * Every message between Okur's parts, typed in one place and named by direction.
 *
 * content script -> popup: the return value of the injected extraction script. It comes from a
 * page's process, so the popup treats it as untrusted data and checks its shape before use.
 */
export type ContentToPopupReply =
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
export function parseContentReply(value: unknown): ContentToPopupReply | null {
  if (!isRecord(value)) return null;
  if (value.type === 'article' && isArticle(value.article)) return { type: 'article', article: value.article };
  if (value.type === 'not-article' && typeof value.reason === 'string') return { type: 'not-article', reason: value.reason };
  if (value.type === 'error' && typeof value.message === 'string') return { type: 'error', message: value.message };
  return null;
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
