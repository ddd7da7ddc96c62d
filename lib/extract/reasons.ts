import { MAX_DEPTH, MAX_ELEMENTS } from './constants';

/**
 * Every sentence the extraction core gives the reader, in English, in one place. The core runs
 * in pages and in Node, so it stays in English; Okur's interface shows these in the reader's
 * language through lib/extract-messages.ts, which must know each of them.
 */

/** Why a page is not an article, one sentence each. */
export const NOT_ARTICLE_REASONS = {
  signIn: 'This looks like a sign-in page, not an article.',
  list: 'This looks like a list of articles (a home page or a section front), not one article.',
  search: 'This looks like a page of search results, not an article.',
  tooLittle: 'Okur found no block of text long enough to be an article on this page.',
} as const;

/**
 * 150000 -> "150,000", as toLocaleString('en') writes it. Not toLocaleString: these sentences are
 * built when the core loads, on every click, and loading the number formatter took about 9 ms of
 * that in Chromium.
 */
function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Pages the core refuses to read (ExtractError messages). */
export const EXTRACT_ERRORS = {
  empty: 'This page is empty: there is nothing to read.',
  tooLarge: `This page is too large to read in Okur (more than ${withThousands(MAX_ELEMENTS)} elements).`,
  tooDeep: `This page is nested too deeply to read in Okur (more than ${withThousands(MAX_DEPTH)} levels).`,
  noBody: 'This page has no body text to read (it may be a frameset, an image or an XML document).',
  /** The content script's answer when the core threw something other than an ExtractError. */
  unexpected: 'Okur could not read this page because something in it was unexpected.',
} as const;
