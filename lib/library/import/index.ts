import type { ImportResult } from '../types';
import { looksLikePocketCsv, parsePocketCsv } from './pocket-csv';

/**
 * One entry point for every import: the format is recognised from the content, not from the
 * file's name. Never throws: an unreadable file is one rejection with a sentence.
 */
export interface ImportDeps {
  /** Parses untrusted HTML into an inert document (for HTML exports). */
  parse(html: string): Document;
}

export function importFile(name: string, bytes: Uint8Array, _deps: ImportDeps): ImportResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unknown(name, 'This file is not text Okur can read (it may be a zip or a picture); choose the CSV file itself.');
  }
  if (!text.trim()) return unknown(name, 'This file is empty.');
  if (looksLikePocketCsv(text)) return parsePocketCsv(text, name);
  return unknown(name, 'This file is not a Pocket export Okur can read (it has no url and time_added columns).');
}

function unknown(file: string, reason: string): ImportResult {
  return { items: [], duplicatesInFile: 0, rejected: [{ file, line: null, reason }], format: 'unrecognised file' };
}
