import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown } from '../../lib/article-markdown';

const parse = (html: string) => new JSDOM(html).window.document;

describe('the article as Markdown', () => {
  it('gives headline, credit, address, standfirst and body in Markdown', () => {
    const md = articleToMarkdown(
      {
        title: 'Freibadsaison:  Eintritt teurer',
        byline: 'Sanne de Vries',
        siteName: 'Rheintaler Allgemeine',
        url: 'https://www.rheintaler.example/lokales/freibad',
        standfirst: ['Die Preise steigen um bis zu 20 Prozent.'],
        content: '<h2>Was sich ändert</h2><p>Ab <em>Juni</em> kostet der Eintritt <a href="https://x.example/p">4 Euro</a>.</p><ul><li>Kinder: 2 Euro</li></ul>',
      },
      parse,
    );
    expect(md).toBe(
      [
        '# Freibadsaison: Eintritt teurer',
        '_Sanne de Vries · Rheintaler Allgemeine_',
        '<https://www.rheintaler.example/lokales/freibad>',
        '**Die Preise steigen um bis zu 20 Prozent.**',
        '## Was sich ändert\n\nAb _Juni_ kostet der Eintritt [4 Euro](https://x.example/p).\n\n-   Kinder: 2 Euro',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps text that looks like markup as text', () => {
    const md = articleToMarkdown({ title: 'a <b> tag', byline: null, siteName: null, url: 'https://e.example/', standfirst: [], content: '<p>Use &lt;script&gt; carefully</p>' }, parse);
    expect(md).toContain('# a \\<b> tag');
    expect(md).toContain('Use \\<script> carefully');
  });
});
