import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/node/parse-html';
import { shortTexts, shortTextOf } from '@/lib/extract/text';

const PAGES = path.resolve(import.meta.dirname, '../pages');

describe('shortTexts, every element in one pass', () => {
  it('gives what shortTextOf gives, element by element, on every golden page', () => {
    let compared = 0;
    for (const slug of readdirSync(PAGES)) {
      const doc = parseHtml(readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8'), 'https://news.example/a');
      for (const max of [40, 120]) {
        const short = shortTexts(doc.body, max);
        for (const el of [doc.body, ...doc.body.querySelectorAll('*')]) {
          expect(short.get(el) ?? null, `${slug} <${el.tagName.toLowerCase()}> max ${max}`).toBe(shortTextOf(el, max));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps a space between two children, and counts collapsed whitespace', () => {
    const doc = parseHtml('<body><div id=d><span>Bir Yorum</span>\n   <b>Yazın</b></div><p id=p>a  b    c</p></body>', 'https://news.example/');
    const short = shortTexts(doc.body, 5);
    expect(short.get(doc.getElementById('p')!)).toBe('a b c');
    expect(short.has(doc.getElementById('d')!)).toBe(false);
    expect(shortTexts(doc.body, 20).get(doc.getElementById('d')!)).toBe('Bir Yorum Yazın');
  });
});
