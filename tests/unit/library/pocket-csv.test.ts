import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/library/import';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/import/pocket-part_000000.csv');
const bytes = (s: string) => new TextEncoder().encode(s);
const deps = { parse: () => { throw new Error('not used'); } };

describe('Pocket CSV import', () => {
  const result = importFile('part_000000.csv', readFileSync(FIXTURE), deps);

  it('reads every good row by header name, keeping dates, tags and state', () => {
    expect(result.format).toBe('Pocket CSV export');
    expect(result.items).toHaveLength(3);
    const [poutine, freibad, metro] = result.items;
    // The later duplicate row wins; tracking parameters are dropped from the address.
    expect(poutine).toMatchObject({ url: 'https://www.gundemhaber.example/dunya/un-moment-historique-dans-les-relations-entre-la-russie-et-la-coree-du-nord-h48213.html', savedAt: 1718784100_000, state: 'unread' });
    expect(freibad).toMatchObject({ title: 'Freibadsaison: Eintritt teurer, sagt die Umfrage', savedAt: 1718870400_000, state: 'archived', tags: [] });
    expect(metro).toMatchObject({ title: 'İstanbul’da metro hattı açıldı, "yeni" istasyonlar', tags: ['Türkiye'] });
  });

  it('counts the duplicate and rejects bad lines with their line numbers', () => {
    expect(result.duplicatesInFile).toBe(1);
    expect(result.rejected).toEqual([
      { file: 'part_000000.csv', line: 6, reason: 'the URL “htp:/broken” is not a web address.' },
      { file: 'part_000000.csv', line: 7, reason: 'the time added “yesterday” is not a date.' },
    ]);
  });

  it('finds columns in any order and case, with a BOM and CRLF', () => {
    const r = importFile('x.csv', bytes('\uFEFFSTATUS,Tags,URL,Time_Added,Title\r\narchive,a|b,https://x.example/1,1700000000,One\r\n'), deps);
    expect(r.items).toEqual([{ url: 'https://x.example/1', title: 'One', savedAt: 1700000000_000, tags: ['a', 'b'], state: 'archived' }]);
  });

  it('says clearly when a file is not a Pocket export, or empty, or not text', () => {
    expect(importFile('notes.csv', bytes('name,email\nAyşe,a@x.example\n'), deps).rejected[0]?.reason).toMatch(/not a Pocket export/);
    expect(importFile('empty.csv', bytes(''), deps).rejected[0]?.reason).toBe('This file is empty.');
    expect(importFile('pic.csv', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), deps).rejected[0]?.reason).toMatch(/not text/);
  });
});
