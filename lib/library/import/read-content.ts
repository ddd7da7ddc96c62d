import { extractArticle } from '../../extract';
import type { ArticleFields, ImportedItem } from '../types';

/**
 * Exports that carry the article's HTML (Omnivore's content/*.html) are read by the same core
 * as a page the reader saves, so the imported article is searchable, has its language, reading
 * time and direction, and shows like any other. HTML the core cannot read as an article is kept
 * as it came; it is sanitized where it is shown, like everything from outside.
 */
export function readImportedContent(items: readonly ImportedItem[], parse: (html: string, url: string) => Document): ImportedItem[] {
  return items.map((item) => {
    if (!item.content || item.record) return item;
    try {
      const outcome = extractArticle(parse(item.content, item.url), item.url);
      if (outcome.kind !== 'article') return item;
      const { title, byline, siteName, lang, dir, publishedTime, excerpt, leadImage, standfirst, leadFigure, content, textContent, wordCount, readingTimeMinutes } = outcome.article;
      const article: ArticleFields = { title, byline, siteName, lang, dir, publishedTime, excerpt, leadImage, standfirst, leadFigure, content, textContent, wordCount, readingTimeMinutes };
      return { ...item, article };
    } catch {
      return item;
    }
  });
}
