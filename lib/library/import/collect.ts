import { t } from '../../i18n';
import type { ImportedItem, ImportResult, Rejection } from '../types';

/**
 * What every importer gathers: items by canonical URL, so a page listed twice is one entry
 * (the later line wins, as in the export's own order), the count of such repeats, and the
 * lines it could not take.
 */
export class Collected {
  private readonly byUrl = new Map<string, ImportedItem>();
  duplicatesInFile = 0;
  readonly rejected: Rejection[] = [];

  add(item: ImportedItem): void {
    if (this.byUrl.has(item.url)) this.duplicatesInFile++;
    this.byUrl.set(item.url, item);
  }

  reject(file: string, line: number | null, reason: string): void {
    this.rejected.push({ file, line, reason });
  }

  /** A whole result from another importer (one part of a zip), merged into this one. */
  merge(result: ImportResult): void {
    for (const item of result.items) this.add(item);
    this.duplicatesInFile += result.duplicatesInFile;
    this.rejected.push(...result.rejected);
  }

  result(format: string): ImportResult {
    return { items: [...this.byUrl.values()], duplicatesInFile: this.duplicatesInFile, rejected: this.rejected, format };
  }
}

/** The whole file refused, in one sentence. */
export function refused(file: string, reason: string, format = t('formatUnrecognised')): ImportResult {
  return { items: [], duplicatesInFile: 0, rejected: [{ file, line: null, reason }], format };
}

/** Short enough to quote back in a sentence. */
export function quote(value: string, max = 80): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // The decoder drops a BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
