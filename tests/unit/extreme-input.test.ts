import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, ExtractError } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';

/**
 * Broken and extreme input gets a clear answer: an article, "not an article" with a reason, or
 * an ExtractError whose message is a plain sentence. Each case prints how long it took; the
 * only bound asserted is the test timeout (these machines are shared and noisy).
 */
const URL_ = 'https://news.example/2024/06/19/page';
const PARA = 'Le conseil municipal a voté mardi soir le budget des écoles, après trois heures de débat et de nombreuses questions des habitants venus assister à la séance.';

type Outcome = { kind: 'article'; text: string } | { kind: 'not-article'; reason: string } | { kind: 'error'; message: string };

function run(name: string, doc: () => Document): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const o = extractArticle(doc(), URL_);
    outcome = o.kind === 'article' ? { kind: 'article', text: o.article.textContent } : { kind: 'not-article', reason: o.reason };
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    outcome = { kind: 'error', message: err.message };
  }
  console.log(`[extreme] ${name}: ${outcome.kind} in ${Math.round(performance.now() - started)} ms`);
  return outcome;
}

/** A sentence for people: capital, full stop, no stack, no "undefined". */
function expectSentence(text: string) {
  expect(text).toMatch(/^[A-Z].*[.)]$/);
  expect(text).not.toMatch(/undefined|null|TypeError|at \w+ \(|\n/);
}

function expectNoArticle(o: Outcome) {
  expect(o.kind).not.toBe('article');
  expectSentence(o.kind === 'error' ? o.message : o.kind === 'not-article' ? o.reason : '');
}

describe('extreme and broken input', () => {
  it('an empty document', () => {
    expectNoArticle(run('empty', () => parseHtml('', URL_)));
  });

  it('malformed HTML still gives the article in it', () => {
    const html = `<html><body><div><p>${PARA}<p>${PARA} <b>gras <i>et italique</b> mal fermés</i><div><p>${PARA}<table><td>${PARA}</body>`;
    const o = run('malformed', () => parseHtml(html, URL_));
    expect(o.kind).toBe('article');
    if (o.kind === 'article') expect(o.text).toContain('Le conseil municipal a voté mardi soir');
  });

  it('a frameset', () => {
    expectNoArticle(run('frameset', () => parseHtml('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>', URL_)));
  });

  it('an XML document', () => {
    const doc = new JSDOM('<?xml version="1.0"?><rss><channel><title>Feed</title><item><title>One</title></item></channel></rss>', { contentType: 'application/xml', url: URL_ }).window.document;
    expectNoArticle(run('xml', () => doc));
  });

  it('an SVG document', () => {
    const doc = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>', { contentType: 'image/svg+xml', url: URL_ }).window.document;
    expectNoArticle(run('svg', () => doc));
  });

  it('a page of 200,000 elements is refused with a sentence', { timeout: 120_000 }, () => {
    const html = `<html><body><article><h1>Big</h1>${'<span>x</span>'.repeat(200_000)}</article></body></html>`;
    const o = run('200k elements', () => parseHtml(html, URL_));
    expect(o.kind).toBe('error');
    if (o.kind === 'error') {
      expect(o.message).toMatch(/too large/);
      expect(o.message).toContain('(more than 150,000 elements)');
      expectSentence(o.message);
    }
  });

  it('a page nested 5,000 levels deep is refused with a sentence', { timeout: 120_000 }, () => {
    // Built with the DOM: an HTML parser caps nesting itself, a script-built page does not.
    const o = run('5000 levels', () => {
      const doc = parseHtml(`<html><body><p>${PARA}</p></body></html>`, URL_);
      let el: Element = doc.body;
      for (let i = 0; i < 5000; i++) el = el.appendChild(doc.createElement('div'));
      el.textContent = PARA;
      return doc;
    });
    expect(o.kind).toBe('error');
    if (o.kind === 'error') {
      expect(o.message).toMatch(/nested too deeply/);
      expect(o.message).toContain('(more than 1,500 levels)');
      expectSentence(o.message);
    }
  });

  it('a legitimately long article (5,000 paragraphs, about 800 kB of text) is read whole', () => {
    const html = `<html lang="fr"><body><article><h1>Le budget des écoles</h1>${Array.from({ length: 5000 }, (_, i) => `<p>${i + 1}. ${PARA}</p>`).join('')}</article></body></html>`;
    const o = run('5000 paragraphs', () => parseHtml(html, URL_));
    expect(o.kind).toBe('article');
    if (o.kind === 'article') {
      expect(o.text).toContain(`1. ${PARA}`);
      expect(o.text).toContain(`5000. ${PARA}`);
    }
  }, 120_000);

  it('one giant <pre> of 2 MB', () => {
    const line = 'const value = compute(input, options); // a long line of code in a listing\n';
    const html = `<html><body><article><h1>Listing</h1><p>${PARA}</p><pre>${line.repeat(Math.ceil(2_000_000 / line.length))}</pre></article></body></html>`;
    const o = run('2 MB pre', () => parseHtml(html, URL_));
    expect(o.kind).toBe('article');
  }, 120_000);

  it('a page of only images', () => {
    expectNoArticle(run('only images', () => parseHtml(`<html><body>${'<img src="/a.jpg">'.repeat(200)}</body></html>`, URL_)));
  });
});
