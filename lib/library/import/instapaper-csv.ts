import { t } from '../../i18n';
import type { ImportedItem, ImportResult } from '../types';
import { canonicalUrl } from '../url';
import { Collected, quote } from './collect';
import { headerNames, parseCsv } from './csv';

/**
 * Instapaper's CSV export: URL, Title, Selection, Folder, Timestamp, Tags. Exports from before
 * 2023 lack Timestamp and Tags. Folder holds the list state ("Unread", "Archive", "Starred")
 * or the name of one of the reader's own folders, which becomes a tag so nothing is lost.
 */
export function looksLikeInstapaperCsv(text: string): boolean {
  const cols = headerNames(text);
  return cols.includes('url') && cols.includes('title') && cols.includes('folder');
}

/** Instapaper's columns without the one that matters, so the sentence can say so. */
export function looksLikeInstapaperWithoutUrl(text: string): boolean {
  const cols = headerNames(text);
  return !cols.includes('url') && cols.includes('title') && cols.includes('folder');
}

export function parseInstapaperCsv(text: string, file: string): ImportResult {
  const out = new Collected();
  for (const { line, values, unclosedQuote } of parseCsv(text).rows) {
    if (unclosedQuote) {
      out.reject(file, line, t('importRejectQuoteOpenRest'));
      continue;
    }
    const rawUrl = (values.url ?? '').trim();
    const url = canonicalUrl(rawUrl);
    if (!url) {
      out.reject(file, line, rawUrl ? t('importRejectUrlNotWeb', quote(rawUrl)) : t('importRejectUrlEmpty'));
      continue;
    }
    let savedAt: number | undefined;
    const stamp = (values.timestamp ?? '').trim();
    if (stamp) {
      const seconds = Number(stamp);
      if (!Number.isFinite(seconds) || seconds < 0) {
        out.reject(file, line, t('importRejectTimestamp', quote(stamp, 40)));
        continue;
      }
      savedAt = seconds * 1000;
    }
    const folder = (values.folder ?? '').trim();
    const tags = parseTags(values.tags ?? '');
    const ownFolder = folder && !['unread', 'archive', 'starred'].includes(folder.toLowerCase());
    if (ownFolder && !tags.includes(folder)) tags.push(folder);
    const item: ImportedItem = {
      url,
      title: (values.title ?? '').trim() || undefined,
      savedAt,
      tags,
      state: folder.toLowerCase() === 'archive' ? 'archived' : 'unread',
      favorite: folder.toLowerCase() === 'starred',
      excerpt: (values.selection ?? '').trim() || undefined,
    };
    out.add(item);
  }
  return out.result(t('formatInstapaper'));
}

/**
 * Tags come as a JSON array of names. A cell that is not one (a spreadsheet rewrote it) costs
 * the tags, not the article: the reader would rather have the article untagged than lost.
 */
function parseTags(cell: string): string[] {
  if (!cell.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const tags: string[] = [];
  for (const tag of parsed) {
    const name = typeof tag === 'string' ? tag.trim() : '';
    if (name && !tags.includes(name)) tags.push(name);
  }
  return tags;
}
