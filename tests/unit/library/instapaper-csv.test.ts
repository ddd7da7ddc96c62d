import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/library/import';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');
const bytes = (s: string) => new TextEncoder().encode(s);
const deps = { parse: () => { throw new Error('not used'); } };

describe('Instapaper CSV import', () => {
  const result = importFile('instapaper-export.csv', readFileSync(path.join(FIXTURES, 'instapaper-export.csv')), deps);

  it('maps folders to state, favorites and tags, reads JSON tags, and keeps the selection', () => {
    expect(result.format).toBe('Instapaper CSV export');
    expect(result.items).toEqual([
      {
        url: 'https://www.theatlantic.example/science/archive/2024/05/octopus-dreams/678123/',
        title: 'Octopuses dream, sleep, and change colour, scientists say',
        savedAt: 1715000000_000,
        tags: ['science', 'longread'],
        state: 'unread',
        favorite: false,
      },
      // The later line for the same page (its #comments link) wins.
      { url: 'https://www.rheintaler-allgemeine.example/lokales/freibad', title: 'Freibadsaison, again', savedAt: 1719300000_000, tags: [], state: 'archived', favorite: false },
      {
        url: 'https://haber.example/istanbul-metro',
        title: 'İstanbul’da metro hattı açıldı',
        savedAt: 1718956800_000,
        tags: ['Türkiye'],
        state: 'unread',
        favorite: true,
        excerpt: "Yeni hat, 14 istasyonla\nKadıköy'ü Pendik'e bağlıyor.",
      },
      { url: 'https://cooking.example/recipes/lahmacun', title: 'Lahmacun, the "Turkish pizza", at home', savedAt: 1719000000_000, tags: ['food', 'Recipes'], state: 'unread', favorite: false },
      // Tags a spreadsheet mangled cost the tags, not the article.
      { url: 'https://news.example/tags-rewritten', title: 'Tags a spreadsheet broke', savedAt: 1719100000_000, tags: [], state: 'unread', favorite: false },
    ]);
  });

  it('counts the duplicate and gives the real line of each rejection, after a selection spanning two lines', () => {
    expect(result.duplicatesInFile).toBe(1);
    expect(result.rejected).toEqual([
      { file: 'instapaper-export.csv', line: 8, reason: 'the URL “htp:/broken” is not a web address.' },
      { file: 'instapaper-export.csv', line: 9, reason: 'the timestamp “yesterday” is not a date.' },
    ]);
  });

  it('reads older exports without Timestamp and Tags, in any header case', () => {
    const r = importFile('old.csv', bytes('url,title,selection,folder\r\nhttps://x.example/a,A,,Archive\r\n\r\nhttps://x.example/b,,,Travel\r\n'), deps);
    expect(r.format).toBe('Instapaper CSV export');
    expect(r.items).toEqual([
      { url: 'https://x.example/a', title: 'A', tags: [], state: 'archived', favorite: false },
      { url: 'https://x.example/b', tags: ['Travel'], state: 'unread', favorite: false },
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('rejects a line whose quote is never closed instead of reading the rest of the file into it', () => {
    const r = importFile('cut.csv', bytes('URL,Title,Selection,Folder\nhttps://x.example/a,A,,Unread\nhttps://x.example/b,"B,,Unread\nhttps://x.example/c,C,,Unread\n'), deps);
    expect(r.items.map((i) => i.url)).toEqual(['https://x.example/a']);
    expect(r.rejected).toEqual([{ file: 'cut.csv', line: 3, reason: 'a quoted field is not closed, so this line and the ones after it could not be read.' }]);
  });

  it('says the URL column is missing when the file is otherwise Instapaper’s', () => {
    const r = importFile('instapaper-no-url.csv', readFileSync(path.join(FIXTURES, 'instapaper-no-url.csv')), deps);
    expect(r.items).toEqual([]);
    expect(r.rejected).toEqual([
      { file: 'instapaper-no-url.csv', line: null, reason: 'This looks like Instapaper’s CSV export, but it has no URL column, so there is nothing to import. Export from Instapaper again and choose the new file.' },
    ]);
  });
});
