import { describe, expect, it } from 'vitest';
import { exportPocketCsv } from '@/lib/library/export/pocket-csv';
import { importFile } from '@/lib/library/import';
import type { SavedArticle } from '@/lib/library/types';

const bytes = (s: string) => new TextEncoder().encode(s);
const deps = { parse: () => { throw new Error('not used'); } };

function article(patch: Partial<SavedArticle> & Pick<SavedArticle, 'url' | 'title'>): SavedArticle {
  return {
    id: 'not-checked-here',
    byline: null, siteName: null, lang: null, dir: 'ltr', publishedTime: null, savedAt: 1718784000_000,
    excerpt: null, leadImage: null, standfirst: [], leadFigure: null, content: null, textContent: null,
    wordCount: null, readingTimeMinutes: null, tags: [], state: 'unread', favorite: false, progress: 0, updatedAt: 0,
    ...patch,
  };
}

const ARTICLES = [
  article({ url: 'https://x.example/a', title: 'Octopuses dream: a "study", with commas', savedAt: 1715000000_999, tags: ['science', 'sea'], state: 'archived', favorite: true }),
  article({ url: 'https://haber.example/istanbul-metro?line=M4', title: 'İstanbul’da metro hattı açıldı\nikinci satır', tags: ['Türkiye'] }),
  article({ url: 'https://www.aljazeera.example/ar/news/elections', title: 'مقالة عن الانتخابات' }),
];

describe('Pocket CSV export', () => {
  it('writes Pocket’s columns with RFC 4180 quoting', () => {
    expect(exportPocketCsv(ARTICLES)).toBe(
      'title,url,time_added,tags,status\r\n' +
        '"Octopuses dream: a ""study"", with commas",https://x.example/a,1715000000,science|sea,archive\r\n' +
        '"İstanbul’da metro hattı açıldı\nikinci satır",https://haber.example/istanbul-metro?line=M4,1718784000,Türkiye,unread\r\n' +
        'مقالة عن الانتخابات,https://www.aljazeera.example/ar/news/elections,1718784000,,unread\r\n',
    );
  });

  it('imports back through the Pocket importer with the same addresses, titles, tags, states and dates to the second', () => {
    const r = importFile('okur-pocket.csv', bytes(exportPocketCsv(ARTICLES)), deps);
    expect(r.format).toBe('Pocket CSV export');
    expect(r.rejected).toEqual([]);
    expect(r.items).toEqual([
      { url: 'https://x.example/a', title: 'Octopuses dream: a "study", with commas', savedAt: 1715000000_000, tags: ['science', 'sea'], state: 'archived' },
      { url: 'https://haber.example/istanbul-metro?line=M4', title: 'İstanbul’da metro hattı açıldı\nikinci satır', savedAt: 1718784000_000, tags: ['Türkiye'], state: 'unread' },
      { url: 'https://www.aljazeera.example/ar/news/elections', title: 'مقالة عن الانتخابات', savedAt: 1718784000_000, tags: [], state: 'unread' },
    ]);
  });

  it('writes only the header for an empty list', () => {
    expect(exportPocketCsv([])).toBe('title,url,time_added,tags,status\r\n');
  });
});
