import type { SavedArticle } from './types';

/** What the view reads of an entry: a full record or the list's light copy both qualify. */
export type ViewEntry = Pick<SavedArticle, 'id' | 'title' | 'state' | 'favorite' | 'tags' | 'savedAt' | 'publishedTime'>;

/** What the library shows: which entries, in which order. Pure, so it is tested on its own. */
export type LibraryFilter = 'unread' | 'archived' | 'favorites' | 'all';
export type LibrarySort = 'saved-newest' | 'saved-oldest' | 'published-newest' | 'published-oldest';

export interface LibraryView {
  filter: LibraryFilter;
  sort: LibrarySort;
  /** Only entries with this tag; null for any. */
  tag: string | null;
}

export const DEFAULT_VIEW: LibraryView = { filter: 'unread', sort: 'saved-newest', tag: null };

function matchesFilter(a: ViewEntry, filter: LibraryFilter): boolean {
  switch (filter) {
    case 'unread':
      return a.state === 'unread';
    case 'archived':
      return a.state === 'archived';
    case 'favorites':
      return a.favorite;
    case 'all':
      return true;
  }
}

function inView(a: ViewEntry, view: LibraryView): boolean {
  return matchesFilter(a, view.filter) && (!view.tag || a.tags.includes(view.tag));
}

/**
 * Search hits in the order search ranked them (the chosen sort applies only when not
 * searching), kept to the view's filter and tag. Works through the hits alone, not the whole
 * list, since it runs on every keystroke: `byId` is built once per list.
 */
export function searchHitsInView<T extends ViewEntry>(byId: ReadonlyMap<string, T>, view: LibraryView, searchHits: readonly string[]): T[] {
  const out: T[] = [];
  for (const id of searchHits) {
    const a = byId.get(id);
    if (a && inView(a, view)) out.push(a);
  }
  return out;
}

/** Entries without a published date sort after those with one, in either direction. */
function publishedKey(a: ViewEntry): number | null {
  if (!a.publishedTime) return null;
  const t = Date.parse(a.publishedTime);
  return Number.isNaN(t) ? null : t;
}

export function applyView<T extends ViewEntry>(articles: readonly T[], view: LibraryView): T[] {
  const out = articles.filter((a) => inView(a, view));
  const dir = view.sort.endsWith('newest') ? -1 : 1;
  if (view.sort.startsWith('saved')) {
    out.sort((x, y) => dir * (x.savedAt - y.savedAt) || x.title.localeCompare(y.title));
  } else {
    out.sort((x, y) => {
      const px = publishedKey(x);
      const py = publishedKey(y);
      if (px === null && py === null) return y.savedAt - x.savedAt;
      if (px === null) return 1;
      if (py === null) return -1;
      return dir * (px - py);
    });
  }
  return out;
}

/** Every tag in use, alphabetically, for the tag filter. */
export function allTags(articles: readonly ViewEntry[]): string[] {
  return [...new Set(articles.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
}

/** "politics, Türkiye ,  politics" -> ["politics", "Türkiye"]: trimmed, no empties, no repeats. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}
