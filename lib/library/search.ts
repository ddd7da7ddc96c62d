import MiniSearch from 'minisearch';

/**
 * Search over the reading list, as the reader types. Two parts, because a list of 10,000
 * articles holds some 80 million characters of text:
 *
 * - Titles, sites, authors and tags go into MiniSearch: ranked, with prefix and small-typo
 *   matching ("pouti" finds "Poutine"). That index is small and builds in a blink.
 * - The full text is kept folded (accents and case removed) and scanned for words that start
 *   with each typed term. Building an inverted index of every word of 10,000 articles takes tens
 *   of seconds and hundreds of megabytes on every open; a scan answers in tens of milliseconds,
 *   and a keystroke that narrows the previous query only rescans the previous matches.
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

/** The reader's query as folded terms; empty when there is nothing to search for. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `text` holds a word starting with `term` ("rencon" in "se sont rencontrés", not "ist" in "list"). */
export function hasWordStartingWith(text: string, term: string): boolean {
  let at = text.indexOf(term);
  while (at !== -1) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1]!)) return true;
    at = text.indexOf(term, at + 1);
  }
  return false;
}

/** Every old term is the start of some new one: whatever matches the new query matched the old. */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.length > 0 && previous.every((p) => next.some((n) => n.startsWith(p)));
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
    searchOptions: { boost: { title: 3, tags: 2, siteName: 1.5, byline: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  /** Folded title, site, author, tags and text of each entry, and when it was saved. */
  private readonly texts = new Map<string, { folded: string; savedAt: number }>();
  /** The last query's terms and the entries whose text matched it, to narrow from. */
  private last: { terms: string[]; hits: string[] } | null = null;

  get size(): number {
    return this.texts.size;
  }

  /** Adds the entry, or replaces what search knew of it. */
  set(entry: SearchEntry): void {
    if (this.labels.has(entry.id)) this.labels.discard(entry.id);
    this.labels.add(entry);
    const folded = fold([entry.title, entry.siteName ?? '', entry.byline ?? '', entry.tags.join(' '), entry.textContent ?? ''].join('\n'));
    this.texts.set(entry.id, { folded, savedAt: entry.savedAt });
    this.last = null;
  }

  remove(id: string): void {
    if (this.labels.has(id)) this.labels.discard(id);
    this.texts.delete(id);
    this.last = null;
  }

  /** Ids of matching entries, best first; null when the query is empty (no filtering). */
  search(query: string): string[] | null {
    const terms = queryTerms(query);
    if (terms.length === 0) return null;
    const labelHits = this.labels.search(terms.join(' ')).map((r) => String(r.id));
    const candidates = this.last && narrows(this.last.terms, terms) ? this.last.hits : this.texts.keys();
    const textHits: string[] = [];
    for (const id of candidates) {
      const entry = this.texts.get(id);
      if (entry && terms.every((term) => hasWordStartingWith(entry.folded, term))) textHits.push(id);
    }
    this.last = { terms, hits: textHits };
    const ranked = new Set(labelHits);
    const textOnly = textHits.filter((id) => !ranked.has(id)).sort((a, b) => this.texts.get(b)!.savedAt - this.texts.get(a)!.savedAt);
    return [...labelHits, ...textOnly];
  }
}
