import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportMarkdownZip, slug } from '@/lib/library/export/markdown-zip';
import type { SavedArticle } from '@/lib/library/types';
import { parseHtml } from '@/lib/node/parse-html';

const deps = { parse: (html: string) => parseHtml(html, 'about:blank') };

function article(patch: Partial<SavedArticle> & Pick<SavedArticle, 'url' | 'title'>): SavedArticle {
  return {
    id: 'not-checked-here',
    byline: null, siteName: null, lang: null, dir: 'ltr', publishedTime: null, savedAt: 1715000000_000,
    excerpt: null, leadImage: null, standfirst: [], leadFigure: null, content: null, textContent: null,
    wordCount: null, readingTimeMinutes: null, tags: [], state: 'unread', favorite: false, progress: 0, updatedAt: 0,
    ...patch,
  };
}

const OCTOPUS = article({
  url: 'https://x.example/a',
  title: 'Octopuses dream: a "study"\nsecond line',
  byline: 'Ada Quill',
  publishedTime: '2024-05-01',
  tags: ['science', 'sea: deep'],
  state: 'archived',
  favorite: true,
  content:
    '<h2>Morning</h2><p>The first <em>ferry</em> leaves at <a href="https://ferry.example/times">six</a>; 1 &lt;b&gt; 2 &amp; <b>gulls</b>.</p>' +
    '<ul><li>Gulls</li><li>Ferries</li></ul><script>alert("ran")</script><style>p{color:red}</style><p>2024. A year.</p>',
});

describe('Markdown zip export', () => {
  const files = unzipSync(
    exportMarkdownZip(
      [
        OCTOPUS,
        article({ url: 'https://x.example/b', title: 'Octopuses dream: a "study"\nsecond line', siteName: 'X \u2028 Example' }),
        article({ url: 'https://haber.example/istanbul-metro', title: 'İstanbul’da metro hattı açıldı' }),
        article({ url: 'https://www.aljazeera.example/ar', title: 'مقالة عن الانتخابات', dir: 'rtl' }),
        article({ url: 'https://x.example/c', title: '' }),
        article({ url: 'https://x.example/d', title: 'CON' }),
        article({ url: 'https://x.example/e', title: 'word '.repeat(30) }),
        article({ url: 'https://x.example/f', title: 'Ünïcödé Straße / ../../etc/passwd' }),
      ],
      deps,
    ),
  );

  it('names each file from its title, safely and uniquely', () => {
    expect(Object.keys(files)).toEqual([
      'octopuses-dream-a-study-second-line.md',
      'octopuses-dream-a-study-second-line-2.md',
      'istanbul-da-metro-hattı-acıldı.md',
      'مقالة-عن-الانتخابات.md',
      'article.md',
      'con-article.md',
      `${Array(16).fill('word').join('-')}.md`,
      'unicode-straße-etc-passwd.md',
    ]);
  });

  it('writes quoted YAML front matter, a heading and the article converted to Markdown', () => {
    expect(strFromU8(files['octopuses-dream-a-study-second-line.md']!)).toBe(`---
title: "Octopuses dream: a \\"study\\"\\nsecond line"
url: "https://x.example/a"
byline: "Ada Quill"
site: null
published: "2024-05-01"
saved: "2024-05-06T12:53:20.000Z"
tags: ["science", "sea: deep"]
state: archived
favorite: true
---

# Octopuses dream: a "study" second line

## Morning

The first _ferry_ leaves at [six](https://ferry.example/times); 1 \\<b> 2 & **gulls**.

-   Gulls
-   Ferries

2024\\. A year.
`);
  });

  it('says an article was not downloaded, with its address', () => {
    expect(strFromU8(files['octopuses-dream-a-study-second-line-2.md']!)).toBe(`---
title: "Octopuses dream: a \\"study\\"\\nsecond line"
url: "https://x.example/b"
byline: null
site: "X \\u2028 Example"
published: null
saved: "2024-05-06T12:53:20.000Z"
tags: []
state: unread
favorite: false
---

# Octopuses dream: a "study" second line

This article was not downloaded. Read it at <https://x.example/b>.
`);
  });

  it('keeps words of any script in file names and cuts at 80 characters', () => {
    expect(slug('Türkçe: Ğ, Ş, Ö! 🐙 日本語')).toBe('turkce-g-s-o-日本語');
    expect(slug('-'.repeat(200))).toBe('article');
    // Deseret letters lie outside the BMP: cutting by UTF-16 units would halve the count.
    expect(slug('𐐀'.repeat(100))).toBe('𐐨'.repeat(80));
  });
});
