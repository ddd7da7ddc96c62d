import type { JsonLdFacts } from './metadata/json-ld';
import { isArticleType } from './metadata/json-ld';
import type { MetaFacts } from './metadata/meta-tags';
import { textOf } from './text';
import { SIGN_IN_WORDS } from './constants';
import { NOT_ARTICLE_REASONS } from './reasons';

/** Reasons shown to the reader, one sentence each (lib/extract/reasons.ts). */
export { NOT_ARTICLE_REASONS };

/** Headlines that link elsewhere: the cards of a home page or section front. */
const MIN_CARDS_FOR_LIST = 6;
/** Articles have several long paragraphs; lists of teasers do not. */
const LONG_PARAGRAPH = 200;
const MIN_LONG_PARAGRAPHS_FOR_ARTICLE = 3;
const SIGN_IN_MAX_TEXT = 1_500;
const SEARCH_URL = /[?&](q|s|query|search|keywords?|ara|recherche)=|\/(search|arama|recherche|suche|buscar|busca|cerca|poisk|بحث)(\/|$|\?)/i;

function countCards(doc: Document): number {
  let cards = 0;
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) {
    // <h3><a>headline</a></h3>, or a whole card as one link: <a class="teaser"><h3>…</h3><p>…</p></a>.
    const link = h.querySelector('a[href]') ?? h.closest('a[href]');
    const text = textOf(h);
    if (link && text && textOf(link).length >= text.length * 0.6) cards++;
  }
  return cards;
}

/** A reason when the page as a whole is not one article; null when it may be. */
export function notArticleReason(doc: Document, url: string, jsonLd: JsonLdFacts, meta: MetaFacts): string | null {
  const declaresArticle = jsonLd.types.some(isArticleType) || meta.type?.toLowerCase() === 'article';
  const paragraphs = Array.from(doc.querySelectorAll('p')).map(textOf);
  const longParagraphs = paragraphs.filter((p) => p.length >= LONG_PARAGRAPH).length;
  const text = paragraphs.join(' ').length;

  // A password field and no run of long paragraphs: a sign-in page, not an article that merely
  // has a sign-in box in its header.
  const signInNamed = SIGN_IN_WORDS.test(`${doc.title} ${textOf(doc.querySelector('h1') ?? doc.createElement('h1'))} ${url}`);
  if (
    doc.querySelector('input[type="password"]') &&
    !declaresArticle &&
    (signInNamed || text < SIGN_IN_MAX_TEXT || longParagraphs < MIN_LONG_PARAGRAPHS_FOR_ARTICLE)
  ) {
    return NOT_ARTICLE_REASONS.signIn;
  }
  if (declaresArticle) return null;
  const cards = countCards(doc);
  const fewLongParagraphs = longParagraphs < MIN_LONG_PARAGRAPHS_FOR_ARTICLE;
  if (SEARCH_URL.test(url) && cards >= 3 && fewLongParagraphs) return NOT_ARTICLE_REASONS.search;
  const listType = jsonLd.types.some((t) => /^(CollectionPage|SearchResultsPage|ItemList|WebSite)$/.test(t));
  let isRoot = false;
  try {
    isRoot = new URL(url).pathname.replace(/\/(index\.\w+)?$/, '') === '';
  } catch {
    /* not a URL we can read: no signal */
  }
  if (cards >= MIN_CARDS_FOR_LIST && (fewLongParagraphs || ((isRoot || listType) && longParagraphs < cards / 2))) {
    return NOT_ARTICLE_REASONS.list;
  }
  return null;
}
