import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/node/parse-html';
import { ShortTexts, shortTextOf } from '@/lib/extract/text';
import { RemovalLog } from '@/lib/extract/removal-log';

const PAGES = path.resolve(import.meta.dirname, '../pages');

describe('ShortTexts, each element read once', () => {
  it('gives what shortTextOf gives, element by element, on every golden page', () => {
    let compared = 0;
    for (const slug of readdirSync(PAGES)) {
      const doc = parseHtml(readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8'), 'https://news.example/a');
      for (const max of [40, 120]) {
        const short = new ShortTexts(max);
        for (const el of [doc.body, ...doc.body.querySelectorAll('*')]) {
          expect(short.get(el), `${slug} <${el.tagName.toLowerCase()}> max ${max}`).toBe(shortTextOf(el, max));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps a space between two children, and counts collapsed whitespace', () => {
    const doc = parseHtml('<body><div id=d><span>Bir Yorum</span>\n   <b>Yazın</b></div><p id=p>a  b    c</p></body>', 'https://news.example/');
    const short = new ShortTexts(5);
    expect(short.get(doc.getElementById('p')!)).toBe('a b c');
    expect(short.get(doc.getElementById('d')!)).toBeNull();
    expect(new ShortTexts(20).get(doc.getElementById('d')!)).toBe('Bir Yorum Yazın');
  });

  it('reads an element again once the log removes something inside it', () => {
    const doc = parseHtml('<body><section id=s><div id=d><span>Paylaş</span> <b id=long>Bu bir makalenin uzun cümlesidir</b></div></section></body>', 'https://news.example/');
    const log = new RemovalLog(false);
    const short = log.track(new ShortTexts(10));
    expect(short.get(doc.getElementById('s')!)).toBeNull();
    log.remove(doc.getElementById('long')!, 'test', 'test');
    expect(short.get(doc.getElementById('d')!)).toBe('Paylaş');
    expect(short.get(doc.getElementById('s')!)).toBe('Paylaş');
    expect(short.get(doc.body)).toBe('Paylaş');
  });
});
