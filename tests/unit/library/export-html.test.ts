import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/lib/extract';
import { exportFileName } from '@/lib/library/export/file-name';
import { exportHtml } from '@/lib/library/export/html';
import type { SavedArticle } from '@/lib/library/types';

const win = new JSDOM('').window as unknown as Window;
const deps = { sanitize: (html: string) => sanitizeArticleHtml(html, win) };

function article(patch: Partial<SavedArticle> & Pick<SavedArticle, 'url' | 'title'>): SavedArticle {
  return {
    id: 'not-checked-here',
    byline: null, siteName: null, lang: null, dir: 'ltr', publishedTime: null, savedAt: 1715000000_000,
    excerpt: null, leadImage: null, standfirst: [], leadFigure: null, content: null, textContent: null,
    wordCount: null, readingTimeMinutes: null, tags: [], state: 'unread', favorite: false, progress: 0, updatedAt: 0,
    ...patch,
  };
}

const ARTICLES = [
  article({
    url: 'https://x.example/a',
    title: 'Octopuses <script>alert(1)</script> & "friends"',
    byline: 'Ada <b>Quill</b>',
    siteName: 'X Example',
    publishedTime: '2024-05-01T08:00:00Z',
    tags: ['science', 'sea'],
    state: 'archived',
    favorite: true,
    lang: 'en" onload="alert(2)',
    content: '<p onclick="alert(3)">They <em>dream</em>.</p><script>alert(4)</script><img src="x" onerror="alert(5)"><a href="javascript:alert(6)">link</a>',
  }),
  article({ url: 'https://www.aljazeera.example/ar', title: 'مقالة عن الانتخابات', dir: 'rtl', lang: 'ar' }),
  // Not a record Okur would store, but the file must not turn it into a link.
  article({ url: 'javascript:alert(7)', title: 'Hostile' }),
];

describe('HTML export', () => {
  const html = exportHtml(ARTICLES, deps);
  const doc = new JSDOM(html).window.document;

  it('is one self-contained page with contents, then every article', () => {
    expect(html.startsWith('<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(doc.title).toBe('Okur: 3 articles');
    expect([...doc.querySelectorAll('nav li a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Octopuses <script>alert(1)</script> & "friends"', '#article-1'],
      ['مقالة عن الانتخابات', '#article-2'],
      ['Hostile', '#article-3'],
    ]);
    expect([...doc.querySelectorAll('article')].map((a) => [a.id, a.getAttribute('lang'), a.getAttribute('dir')])).toEqual([
      ['article-1', 'en" onload="alert(2)', null],
      ['article-2', 'ar', 'rtl'],
      ['article-3', null, null],
    ]);
    const first = doc.querySelector('#article-1')!;
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe('https://x.example/a');
    expect(first.querySelector('.meta')?.textContent).toBe('Ada <b>Quill</b> · X Example · published 2024-05-01 · saved 2024-05-06 · tags: science, sea · archived · favorite');
    expect(first.querySelector('em')?.textContent).toBe('dream');
  });

  it('escapes text and sanitizes the articles, and no script can run in it', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('[onclick], [onerror], [onload]')).toHaveLength(0);
    expect(doc.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/^default-src 'none';/);
    expect(doc.querySelector('#article-3 h2')?.innerHTML).toBe('Hostile');
  });

  it('says an article was not downloaded, with a link to it', () => {
    const p = doc.querySelector('#article-2 p:not(.meta)')!;
    expect(p.textContent).toBe('This article was not downloaded. Read it at https://www.aljazeera.example/ar.');
    expect(p.querySelector('a')?.getAttribute('href')).toBe('https://www.aljazeera.example/ar');
  });
});

describe('export file names', () => {
  it('carry the reader’s own date', () => {
    const now = new Date(2026, 10, 29, 23, 30).getTime();
    expect(exportFileName('json', now)).toBe('okur-2026-11-29.json');
    expect(exportFileName('markdown', now)).toBe('okur-markdown-2026-11-29.zip');
    expect(exportFileName('html', now)).toBe('okur-2026-11-29.html');
    expect(exportFileName('pocket', new Date(2027, 0, 5, 0, 5).getTime())).toBe('okur-pocket-2027-01-05.csv');
  });
});
