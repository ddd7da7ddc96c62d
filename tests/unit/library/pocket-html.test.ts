import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/library/import';
import { parseHtml } from '@/lib/node/parse-html';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/import/ril_export.html');
const bytes = (s: string) => new TextEncoder().encode(s);
const deps = { parse: (html: string) => parseHtml(html, 'about:blank') };

describe('Pocket HTML import (ril_export.html)', () => {
  const result = importFile('ril_export.html', readFileSync(FIXTURE), deps);

  it('reads both lists, the Read Archive as archived, with dates and comma-separated tags', () => {
    expect(result.format).toBe('Pocket HTML export');
    expect(result.items).toEqual([
      { url: 'https://www.aljazeera.example/news/2024/6/19/elections', title: 'Elections: what we know so far', savedAt: 1718784000_000, tags: ['politics', 'elections'], state: 'unread' },
      // Saved in both lists: the archived line, later in the file, wins.
      { url: 'https://blog.example/caf%C3%A9-notes', title: 'Notes from a café, read', savedAt: 1718956900_000, tags: ['food', 'travel'], state: 'archived' },
      { url: 'https://haber.example/istanbul-metro', title: 'İstanbul’da metro hattı açıldı', savedAt: 1718956800_000, tags: ['Türkiye'], state: 'archived' },
    ]);
    expect(result.duplicatesInFile).toBe(1);
  });

  it('rejects bad entries with the line they are on', () => {
    expect(result.rejected).toEqual([
      { file: 'ril_export.html', line: 13, reason: 'the URL “javascript:alert(1)” is not a web address.' },
      { file: 'ril_export.html', line: 19, reason: 'the time added “last week” is not a date.' },
    ]);
  });

  it('names the entry instead when the source’s links cannot be matched to the document’s', () => {
    const html = '<h1>Unread</h1>\n<script>var s = "<a href=x>";</script>\n<ul><li><a href="https://x.example/1">One</a></li>\n<li><a href="/relative">Two</a></li></ul>';
    const r = importFile('ril_export.html', bytes(html), deps);
    expect(r.items).toEqual([{ url: 'https://x.example/1', title: 'One', tags: [], state: 'unread' }]);
    expect(r.rejected).toEqual([{ file: 'ril_export.html', line: null, reason: 'Entry 2 of ril_export.html: the URL “/relative” is not a web address.' }]);
  });

  it('says so when a web page is not Pocket’s export', () => {
    const r = importFile('page.html', bytes('<!doctype html><title>Hi</title><h1>Bookmarks</h1><a href="https://x.example">x</a>'), deps);
    expect(r.items).toEqual([]);
    expect(r.rejected[0]?.reason).toMatch(/^This web page is not Pocket’s ril_export\.html/);
    expect(r.rejected[0]?.reason).toMatch(/Okur imports Pocket’s export/);
  });
});
