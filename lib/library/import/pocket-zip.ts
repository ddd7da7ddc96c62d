import { t } from '../../i18n';
import type { ImportResult } from '../types';
import { Collected, decodeUtf8 } from './collect';
import { parsePocketCsv } from './pocket-csv';
import { baseName, type ZipEntries } from './zip';

/**
 * Pocket's export zip: its list split in part_000000.csv, part_000001.csv…, at the top or in a
 * folder. The parts are one list, so an article in two parts counts as a duplicate.
 */
export function isPocketPart(path: string): boolean {
  return /^part_\d+\.csv$/i.test(baseName(path));
}

export function parsePocketZip(entries: ZipEntries, file: string): ImportResult {
  const out = new Collected();
  const parts = Object.keys(entries).filter(isPocketPart).sort();
  for (const part of parts) {
    const text = decodeUtf8(entries[part]!);
    if (text === null) {
      out.reject(part, null, t('importRejectPocketPart', [part, file]));
      continue;
    }
    // An empty part has no header to check and nothing to import; it is no error.
    if (!text.trim()) continue;
    out.merge(parsePocketCsv(text, part));
  }
  return out.result(t('formatPocketZip'));
}
