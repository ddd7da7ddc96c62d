import { describe, expect, it } from 'vitest';
import { chromeNameRule } from '@/lib/extract/steps/remove-by-name';
import { parseHtml } from '@/lib/node/parse-html';

/** The rule Okur gives an element with this class attribute, or null when the name is not chrome. */
function ruleFor(className: string): string | null {
  const doc = parseHtml(`<body><div class="${className}">x</div></body>`, 'https://news.example/');
  return chromeNameRule(doc.querySelector('div')!)?.rule ?? null;
}

describe('chrome told by class names', () => {
  it.each([
    ['Paylaşım', 'chrome-name'],
    ['paylas-butonlari', 'chrome-name'],
    ['haber-yorumları', 'comment-name'],
    ['YorumLar', 'comment-name'],
    ['relatedNews', 'chrome-name'],
    ['ilgili-haberler', 'chrome-name'],
    ['commentaires', 'comment-name'],
    ['ad_slot', 'chrome-name'],
  ])('%s is %s', (name, kind) => {
    const rule = ruleFor(name);
    expect(rule === null ? null : rule.split(':')[0]).toBe(kind);
  });

  it.each([['commentary'], ['shadow'], ['story-body'], ['article-content'], ['sharing-with-a-single-developer']])(
    '%s is the article\'s, not chrome',
    (name) => {
      expect(ruleFor(name)).toBeNull();
    },
  );
});
