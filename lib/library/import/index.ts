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
 * sentence, and every sentence for a file Okur does not know says what it does know.
 */
export interface ImportDeps {
  /** Parses untrusted HTML into an inert document (for HTML exports). */
  parse(html: string): Document;
}

const WHAT_OKUR_IMPORTS =
  'Okur imports Pocket’s export (its zip, the part_000000.csv files in it, or the older ril_export.html), Instapaper’s CSV export, Omnivore’s export zip and Okur’s own backup (.json).';

export function importFile(name: string, bytes: Uint8Array, deps: ImportDeps): ImportResult {
  try {
    return recognise(name, bytes, deps);
  } catch {
    // Every importer rejects what it cannot read; this is for what no one foresaw.
    return refused(name, `Okur could not read this file. ${WHAT_OKUR_IMPORTS}`);
  }
}

function recognise(name: string, bytes: Uint8Array, deps: ImportDeps): ImportResult {
  if (isZip(bytes)) return importZip(name, bytes);
  const text = decodeUtf8(bytes);
  if (text === null) return refused(name, `This file is not text or a zip Okur can read (it may be a picture or a document). ${WHAT_OKUR_IMPORTS}`);
  if (!text.trim()) return refused(name, 'This file is empty.');
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return importJson(name, text);
  if (start.startsWith('<')) {
    if (looksLikePocketHtml(text)) return parsePocketHtml(text, name, deps.parse);
    return refused(name, `This web page is not Pocket’s ril_export.html (it has no “Unread” or “Read Archive” list). ${WHAT_OKUR_IMPORTS}`);
  }
  if (looksLikePocketCsv(text)) return parsePocketCsv(text, name);
  if (looksLikeInstapaperCsv(text)) return parseInstapaperCsv(text, name);
  if (looksLikeInstapaperWithoutUrl(text)) return refused(name, 'This looks like Instapaper’s CSV export, but it has no URL column, so there is nothing to import. Export from Instapaper again and choose the new file.');
  return refused(name, `This file is not a Pocket export (it has no url and time_added columns) nor an Instapaper export (no URL, Title and Folder columns). ${WHAT_OKUR_IMPORTS}`);
}

function importZip(name: string, bytes: Uint8Array): ImportResult {
  const zip = readZip(bytes, (path) => isPocketPart(path) || isOmnivoreMetadata(path) || isOmnivoreContent(path));
  if (!zip.ok) return refused(name, zip.reason);
  const paths = Object.keys(zip.entries);
  if (paths.some(isOmnivoreMetadata)) return parseOmnivoreZip(zip.entries);
  if (paths.some(isPocketPart)) return parsePocketZip(zip.entries, name);
  return refused(name, `This zip holds no Pocket list (part_000000.csv) and no Omnivore list (metadata_0_to_49.json). ${WHAT_OKUR_IMPORTS}`);
}

function importJson(name: string, text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused(name, 'This file looks like JSON but cannot be read: it is damaged or cut short. If it is an Okur backup, export it again.');
  }
  if (isOkurBackup(value)) return parseOkurBackup(value, name);
  return refused(name, `This JSON file is not an Okur backup. For Omnivore, choose the export’s zip file itself. ${WHAT_OKUR_IMPORTS}`);
}
