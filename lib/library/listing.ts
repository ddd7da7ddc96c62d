import type { ListedArticle, SavedArticle } from './types';

/**
 * The reading list's light copy: each entry as the list shows it, without the article's HTML
 * and text, kept in the `listing` store in the same transaction as the entry itself (store.ts).
 * Reading 10,000 of these takes a few megabytes instead of the 150 of the full entries.
 */
export function toListing(a: SavedArticle): ListedArticle {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    publishedTime: a.publishedTime,
    savedAt: a.savedAt,
    excerpt: a.excerpt,
    wordCount: a.wordCount,
    readingTimeMinutes: a.readingTimeMinutes,
    tags: a.tags,
    state: a.state,
    favorite: a.favorite,
    progress: a.progress,
    updatedAt: a.updatedAt,
    downloaded: a.content !== null,
  };
}
