import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import { importSamples, keysOf, type Messages } from './import-samples';

/**
 * The importers' sentences come from public/_locales, so the import report speaks the reader's
 * language. Each reason and format name the malformed samples give must be an English message
 * with its placeholders filled (t() reads the English file outside a browser). That a sentence
 * is not merely written out in the code is import-messages-fr.test.ts's part.
 */
const MESSAGES = en as Messages;
const { results: RESULTS, texts: TEXTS } = importSamples();

describe('the importers’ sentences', () => {
  it('are each an English message with its placeholders filled', () => {
    const strays = TEXTS.filter((text) => keysOf(MESSAGES, text) === null);
    expect(strays).toEqual([]);
  });

  it('cover every message of the importers with these samples', () => {
    const used = new Set(TEXTS.flatMap((text) => keysOf(MESSAGES, text) ?? []));
    // Only for an error no importer foresaw, which a sample cannot provoke.
    const unreachable = ['importRefusedUnreadable'];
    const importerKeys = Object.keys(MESSAGES).filter((k) => /^(import(Refused|Reject|Backup|Expect|Omnivore|WhatOkurImports)|format[A-Z])/.test(k));
    expect(importerKeys.length).toBeGreaterThan(40);
    expect(importerKeys.filter((k) => !used.has(k) && !unreachable.includes(k))).toEqual([]);
  });

  it('quote what was wrong and where', () => {
    const reasons = (name: string) => RESULTS.find((r) => r.name === name)!.result.rejected.map((r) => r.reason);
    expect(reasons('pocket.csv')).toContain('the URL “ftp://a.example/” is not a web address.');
    expect(reasons('ril_export_2.html')).toEqual(['Entry 1 of ril_export_2.html: the URL “ftp://a.example/” is not a web address.']);
    expect(reasons('omnivore.zip')).toContain('Entry 3 of metadata_0_to_49.json (“Mail”) has the URL “mailto:x@example.com”, which is not a web address.');
    expect(reasons('backup.json')).toContain('Article 5 of the backup is not restored: its dir is not "ltr" or "rtl".');
    expect(reasons('huge.zip')).toEqual(['This zip holds more than 1 GB of files to read, more than Okur can import at once.']);
  });
});
