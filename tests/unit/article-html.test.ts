import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';

/**
 * What the body HTML looks like once the core is done: pictures that show, links that leave
 * safely, nothing that runs. The popup sanitizes again; this is the core's own promise.
 */
const URL_ = 'https://news.example/world/2024/06/19/lazy-pictures';
const para = (n: number) =>
  `<p>Paragraph ${n} of a report long enough to be read as an article by anyone who looks at it, with commas, clauses and a full stop at its end, as newspapers write them.</p>`;

const PAGE = `<!doctype html><html lang="en"><head><title>Lazy pictures - News Example</title></head><body>
<article>
  <h1>Lazy pictures</h1>
  ${para(1)}
  <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/harbour.jpg" alt="The harbour"><figcaption>The harbour at dawn.</figcaption></figure>
  ${para(2)}
  <p>Read the <a href="/reports/full.pdf">full report</a> or <a href="javascript:alert(1)">this</a>.</p>
  <img src="" data-srcset="/img/market-480.jpg 480w, /img/market-960.jpg 960w" alt="The market">
  ${para(3)}
  <p onclick="alert(2)">Clicking here does nothing.<img src="x" onerror="alert(3)"></p>
  <script>window.ran = true</script>
  ${para(4)}
</article></body></html>`;

function body() {
  const outcome = extractArticle(parseHtml(PAGE, URL_), URL_);
  if (outcome.kind !== 'article') throw new Error(`expected an article: ${outcome.reason}`);
  return JSDOM.fragment(outcome.article.content);
}

describe('article body HTML', () => {
  it('takes the picture from data-src when src is a placeholder, as an absolute URL', () => {
    const img = body().querySelector('img[alt="The harbour"]');
    expect(img?.getAttribute('src')).toBe('https://news.example/img/harbour.jpg');
  });

  it('takes a picture from data-srcset when src is empty', () => {
    const img = body().querySelector('img[alt="The market"]');
    expect(img?.getAttribute('src')).toBe('https://news.example/img/market-480.jpg');
    expect(img?.getAttribute('srcset')).toContain('market-960.jpg 960w');
  });

  it('keeps captions', () => {
    expect(body().querySelector('figcaption')?.textContent).toBe('The harbour at dawn.');
  });

  it('opens links in a new tab that learns nothing about Okur', () => {
    const link = Array.from(body().querySelectorAll('a')).find((a) => a.textContent === 'full report');
    expect(link?.getAttribute('href')).toBe('https://news.example/reports/full.pdf');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('leaves nothing that runs', () => {
    const html = body();
    expect(html.querySelector('script')).toBeNull();
    for (const el of Array.from(html.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(attr.value, `${el.tagName} ${attr.name}`).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(html.textContent).toContain('Clicking here does nothing.');
  });
});
