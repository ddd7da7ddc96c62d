import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/node/parse-html';
import { collapseWhitespace, ShortTexts, textOf } from '@/lib/extract/text';
import { RemovalLog } from '@/lib/extract/removal-log';

const PAGES = path.resolve(import.meta.dirname, '../pages');

/** The plain reading, the whole text then its length: what the index must agree with. */
const shortTextOf = (el: Element, max: number): string | null => {
  const text = textOf(el);
  return text.length <= max ? text : null;
};

describe('ShortTexts, each element read once', () => {
  it('gives each element\'s whole text when short, null when long, on every golden page', () => {
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

  it('reads a long text node to its end when it is mostly whitespace, and not when it is prose', () => {
    const indent = ' \n'.repeat(200);
    const doc = parseHtml(`<body><p id=w>${indent}Paylaş${indent}<b>Yorum</b>${indent}</p><p id=long>${'Poutine et Kim Jong-Un. '.repeat(30)}</p></body>`, 'https://news.example/');
    const short = new ShortTexts(20);
    expect(short.get(doc.getElementById('w')!)).toBe('Paylaş Yorum');
    expect(short.get(doc.getElementById('long')!)).toBeNull();
    expect(new ShortTexts(2000).get(doc.getElementById('long')!)).toBe(textOf(doc.getElementById('long')!));
  });

  it('stays right while the log removes every seventh element of every golden page', () => {
    let compared = 0;
    for (const slug of readdirSync(PAGES)) {
      const doc = parseHtml(readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8'), 'https://news.example/a');
      const log = new RemovalLog(false);
      const short = log.track(new ShortTexts(120));
      // Read everything first, so every remembered text is there to go stale.
      for (const el of doc.body.querySelectorAll('*')) short.get(el);
      const all = Array.from(doc.body.querySelectorAll('*'));
      for (let i = 6; i < all.length; i += 7) if (doc.body.contains(all[i]!)) log.remove(all[i]!, 'test', 'test');
      for (const el of [doc.body, ...doc.body.querySelectorAll('*')]) {
        expect(short.get(el), `${slug} <${el.tagName.toLowerCase()}>`).toBe(shortTextOf(el, 120));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
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

describe('collapseWhitespace', () => {
  /** The plain definition: every run of whitespace, no-break and zero-width spaces becomes one space. */
  const plainCollapse = (text: string): string => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

  it.each([
    ['a  b'], [' a '], ['a \n b'], ['a\u00a0 b'], ['a \u200b b'], ['a\tb'], ['a \u2003b'], [' '], ['\n\n'], ['a b c'], ['end. '], ['\u3000x\u3000 '],
  ])('collapses %j as the plain definition does', (text) => {
    expect(collapseWhitespace(text)).toBe(plainCollapse(text));
  });

  it('agrees with the plain definition on every text of every golden page', () => {
    let compared = 0;
    for (const slug of readdirSync(PAGES)) {
      const doc = parseHtml(readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8'), 'https://news.example/a');
      const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        expect(collapseWhitespace(node.nodeValue ?? '')).toBe(plainCollapse(node.nodeValue ?? ''));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
