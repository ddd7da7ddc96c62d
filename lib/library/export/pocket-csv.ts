import Papa from 'papaparse';
import type { SavedArticle } from '../types';

/**
 * The list in Pocket's CSV layout, which other read-later services import: title, url,
 * time_added (Unix seconds), tags joined with "|", status "unread" or "archive". The layout
 * has no place for favorites, progress or the article's text (the JSON backup keeps those), and
 * a tag with "|" in it comes back as two.
 * Fields are written as they are, without the "'" that would stop a spreadsheet reading
 * "=…" as a formula: the file is for importing elsewhere, and that quote would end up in titles.
 */
export const POCKET_CSV_FIELDS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

export function exportPocketCsv(articles: readonly SavedArticle[]): string {
  const data = articles.map((a) => [a.title, a.url, String(Math.floor(a.savedAt / 1000)), a.tags.join('|'), a.state === 'archived' ? 'archive' : 'unread']);
  const csv = Papa.unparse({ fields: [...POCKET_CSV_FIELDS], data }, { newline: '\r\n' });
  // PapaParse ends an empty table with a line break and a full one without; every line ends
  // with one here, as line-counting tools expect.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
