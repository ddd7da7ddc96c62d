import Papa from 'papaparse';
import { t } from '../../i18n';
import type { ImportedItem, ImportResult, Rejection } from '../types';
import { canonicalUrl } from '../url';

/**
 * Pocket's CSV export (part_000000.csv …): columns title, url, time_added (Unix seconds),
 * tags (separated by "|"), status ("unread" or "archive"). Columns are found by their header
 * name, in any order and case, so a re-saved or re-ordered file still imports. PapaParse reads
 * quoted fields with commas and line breaks, a BOM and CRLF line ends, as spreadsheets write them.
 */
export const POCKET_REQUIRED = ['url'] as const;

export function looksLikePocketCsv(text: string): boolean {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]?.toLowerCase() ?? '';
  const cols = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return cols.includes('url') && cols.includes('time_added');
}

export function parsePocketCsv(text: string, file: string): ImportResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const rejected: Rejection[] = [];
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('url')) {
    return { items: [], duplicatesInFile: 0, rejected: [{ file, line: null, reason: t('importRefusedPocketNoUrl') }], format: t('formatPocketCsv') };
  }
  const byUrl = new Map<string, ImportedItem>();
  let duplicatesInFile = 0;
  parsed.data.forEach((row, i) => {
    const line = i + 2; // line 1 is the header
    const rawUrl = (row.url ?? '').trim();
    const url = canonicalUrl(rawUrl);
    if (!url) {
      rejected.push({ file, line, reason: rawUrl ? t('importRejectUrlNotWeb', rawUrl.slice(0, 80)) : t('importRejectUrlEmpty') });
      return;
    }
    let savedAt: number | undefined;
    const added = (row.time_added ?? '').trim();
    if (added) {
      const seconds = Number(added);
      if (!Number.isFinite(seconds) || seconds < 0) {
        rejected.push({ file, line, reason: t('importRejectTimeAdded', added.slice(0, 40)) });
        return;
      }
      savedAt = seconds * 1000;
    }
    const status = (row.status ?? '').trim().toLowerCase();
    const item: ImportedItem = {
      url,
      title: (row.title ?? '').trim() || undefined,
      savedAt,
      tags: (row.tags ?? '').split('|').map((t) => t.trim()).filter(Boolean),
      state: status === 'archive' || status === 'archived' ? 'archived' : 'unread',
    };
    if (byUrl.has(url)) duplicatesInFile++;
    byUrl.set(url, item);
  });
  for (const e of parsed.errors) {
    // Quote errors make PapaParse guess; say where, the rows it read are kept or rejected above.
    if (e.type === 'Quotes') rejected.push({ file, line: (e.row ?? 0) + 2, reason: t('importRejectQuoteOpen') });
  }
  return { items: [...byUrl.values()], duplicatesInFile, rejected, format: t('formatPocketCsv') };
}
