import MiniSearch from 'minisearch';
import { WordIndex } from './word-index';

/**
 * Search over the reading list, as the reader types. Two parts, because a list of 10,000
 * articles holds some 80 million characters of text:
 *
 * - Titles, sites, authors and tags go into MiniSearch: ranked, with prefix and small-typo
 *   matching ("pouti" finds "Poutine"). That index is small and builds in a blink.
 * - The full text goes into a word index of its own (word-index.ts): each folded word and the
 *   entries it occurs in, so a typed term finds the entries holding a word that starts with it
 *   ("rencon" finds "rencontrés", "ist" does not find "list") without reading any text.
 *   MiniSearch over all the text took 40 s and some 390 MB on each open of the library; a
 *   plain word index takes a fraction of both and has no ranking to compute.
 *
 * Results: entries whose title, site, author or tags match, best first, then entries that match
 * in their text only, newest saved first.
 */

/** What search reads of one entry. */
export interface SearchEntry {
  id: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  tags: readonly string[];
  savedAt: number;
  /** The article's text; null while it is not downloaded. */
  textContent: string | null;
}

/** Folds accents and case so "coree" finds "Corée", "istanbul" finds "İstanbul", "kadikoy" finds "Kadıköy". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/ı/g, 'i');
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** Shortest term that titles, sites, authors and tags match as the start of a word. */
const MIN_PREFIX_CHARS = 2;
/** Shortest term that titles, sites, authors and tags match with a typo. */
const MIN_FUZZY_CHARS = 4;

/** The reader's query as folded terms; empty when there is nothing to search for. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(NOT_WORD)
    .filter(Boolean);
}

/** The words of an already folded text ("l’ecole" → "l", "ecole"). */
export function wordsOf(folded: string): string[] {
  return folded.split(NOT_WORD).filter(Boolean);
}

export class LibrarySearch {
  private readonly labels = new MiniSearch<SearchEntry>({
    idField: 'id',
    fields: ['title', 'siteName', 'byline', 'tags'],
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchEntry];
      return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    },
    processTerm: (term) => fold(term) || null,
    // A one-letter term would rank every title with a word in that letter, and a typo allowed in
    // a three-letter one finds most short words: below those lengths only the word index answers,
    // newest first (search costs tens of milliseconds more per keystroke otherwise).
    searchOptions: {
      boost: { title: 3, tags: 2, siteName: 1.5, byline: 1.5 },
      prefix: (term) => term.length >= MIN_PREFIX_CHARS,
      fuzzy: (term) => (term.length >= MIN_FUZZY_CHARS ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  /** Every word of each entry's title, site, author, tags and text, folded. */
  private readonly words = new WordIndex();
  private readonly savedAt = new Map<string, number>();
  private order: string[] | null = null;

  get size(): number {
    return this.savedAt.size;
  }

  /** Adds the entry, or replaces what search knew of it. */
  set(entry: SearchEntry): void {
    if (this.labels.has(entry.id)) this.labels.discard(entry.id);
    this.labels.add(entry);
    this.words.set(entry.id, wordsOf(fold([entry.title, entry.siteName ?? '', entry.byline ?? '', entry.tags.join(' '), entry.textContent ?? ''].join('\n'))));
    this.savedAt.set(entry.id, entry.savedAt);
    this.order = null;
  }

  remove(id: string): void {
    if (this.labels.has(id)) this.labels.discard(id);
    this.words.remove(id);
    this.savedAt.delete(id);
    this.order = null;
  }

  /** Ids of matching entries, best first; null when the query is empty (no filtering). */
  search(query: string): string[] | null {
    const terms = queryTerms(query);
    if (terms.length === 0) return null;
    const labelHits = this.labels.search(terms.join(' ')).map((r) => String(r.id));
    const textHits = this.words.matching(terms);
    const ranked = new Set(labelHits);
    const textOnly = this.newestFirst().filter((id) => textHits.has(id) && !ranked.has(id));
    return [...labelHits, ...textOnly];
  }

  /** Every id, newest saved first: sorted once per change of the list, not on each keystroke. */
  private newestFirst(): string[] {
    this.order ??= [...this.savedAt.keys()].sort((a, b) => this.savedAt.get(b)! - this.savedAt.get(a)!);
    return this.order;
  }
}
