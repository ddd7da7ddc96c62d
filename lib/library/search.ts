import MiniSearch from 'minisearch';
import type { SavedArticle } from './types';

/**
 * Full-text search over the reading list, as the reader types. MiniSearch keeps an inverted
 * index in memory (rebuilt when the list changes), with prefix and small-typo matching so
 * "pouti" finds "Poutine". Titles weigh most, then site and author, then the text.
 */
export interface SearchIndex {
  /** Ids of matching entries, best first; null when the query is empty (no filtering). */
  search(query: string): string[] | null;
}

/** Folds accents and case so "coree" finds "Corée" and "istanbul" finds "İstanbul". */
function fold(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/ı/g, 'i');
}

export function buildSearchIndex(articles: readonly SavedArticle[]): SearchIndex {
  const mini = new MiniSearch<SavedArticle>({
    idField: 'id',
    fields: ['title', 'siteName', 'byline', 'tags', 'textContent'],
    extractField: (doc, field) => {
      const value = doc[field as keyof SavedArticle];
      return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    },
    processTerm: (term) => fold(term) || null,
    searchOptions: { boost: { title: 3, siteName: 1.5, byline: 1.5, tags: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  mini.addAll(articles as SavedArticle[]);
  return {
    search(query) {
      if (!query.trim()) return null;
      return mini.search(query).map((r) => String(r.id));
    },
  };
}
