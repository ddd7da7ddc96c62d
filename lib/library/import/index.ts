import { t } from '../../i18n';
import type { ImportResult } from '../types';
import { decodeUtf8, refused } from './collect';
import { looksLikeInstapaperCsv, looksLikeInstapaperWithoutUrl, parseInstapaperCsv } from './instapaper-csv';
import { isOkurBackup, parseOkurBackup } from './okur-json';
import { isOmnivoreContent, isOmnivoreMetadata, parseOmnivoreZip } from './omnivore-zip';
import { looksLikePocketCsv, parsePocketCsv } from './pocket-csv';
import { looksLikePocketHtml, parsePocketHtml } from './pocket-html';
import { isPocketPart, parsePocketZip } from './pocket-zip';
import { isZip, readZip } from './zip';

/**
 * One entry point for every import: the format is recognised from the content, not from the
 * file's name, which people rename. Never throws: an unreadable file is one rejection with a
 * sentence, and every sentence for a file Okur does not know says what it does know. The
 * sentences are in the interface language (lib/i18n.ts), English outside a browser.
 */
export interface ImportDeps {
  /** Parses untrusted HTML into an inert document (for HTML exports). */
  parse(html: string): Document;
}

/** A refusal followed by what Okur does import, so the reader knows which file to look for. */
function refusedUnknown(name: string, reason: string): ImportResult {
  return refused(name, `${reason} ${t('importWhatOkurImports')}`);
}

export function importFile(name: string, bytes: Uint8Array, deps: ImportDeps): ImportResult {
  try {
    return recognise(name, bytes, deps);
  } catch {
    // Every importer rejects what it cannot read; this is for what no one foresaw.
    return refusedUnknown(name, t('importRefusedUnreadable'));
  }
}

function recognise(name: string, bytes: Uint8Array, deps: ImportDeps): ImportResult {
  if (isZip(bytes)) return importZip(name, bytes);
  const text = decodeUtf8(bytes);
  if (text === null) return refusedUnknown(name, t('importRefusedNotText'));
  if (!text.trim()) return refused(name, t('importRefusedEmpty'));
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return importJson(name, text);
  if (start.startsWith('<')) {
    if (looksLikePocketHtml(text)) return parsePocketHtml(text, name, deps.parse);
    return refusedUnknown(name, t('importRefusedHtml'));
  }
  if (looksLikePocketCsv(text)) return parsePocketCsv(text, name);
  if (looksLikeInstapaperCsv(text)) return parseInstapaperCsv(text, name);
  if (looksLikeInstapaperWithoutUrl(text)) return refused(name, t('importRefusedInstapaperNoUrl'));
  return refusedUnknown(name, t('importRefusedCsv'));
}

function importZip(name: string, bytes: Uint8Array): ImportResult {
  const zip = readZip(bytes, (path) => isPocketPart(path) || isOmnivoreMetadata(path) || isOmnivoreContent(path));
  if (!zip.ok) return refused(name, zip.reason);
  const paths = Object.keys(zip.entries);
  if (paths.some(isOmnivoreMetadata)) return parseOmnivoreZip(zip.entries);
  if (paths.some(isPocketPart)) return parsePocketZip(zip.entries, name);
  return refusedUnknown(name, t('importRefusedZip'));
}

function importJson(name: string, text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused(name, t('importRefusedJsonDamaged'));
  }
  if (isOkurBackup(value)) return parseOkurBackup(value, name);
  return refusedUnknown(name, t('importRefusedJsonNotBackup'));
}
