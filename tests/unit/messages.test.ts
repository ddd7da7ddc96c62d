import { describe, expect, it } from 'vitest';
import { parseContentReply } from '@/lib/messages';

const article = {
  url: 'https://example.com/a', title: 'T', byline: null, siteName: 'S', lang: 'fr', dir: 'ltr',
  publishedTime: '2024-06-19', modifiedTime: null, excerpt: null, leadImage: null, standfirst: [], leadFigure: null, content: '<p>x</p>',
  textContent: 'x', length: 1, wordCount: 1, readingTimeMinutes: 1,
};

describe('parseContentReply (the content script is untrusted)', () => {
  it('accepts a well-formed article', () => {
    expect(parseContentReply({ type: 'article', article })).toEqual({ type: 'article', article });
  });
  it('rejects malformed replies', () => {
    expect(parseContentReply(null)).toBeNull();
    expect(parseContentReply('article')).toBeNull();
    expect(parseContentReply({ type: 'article', article: { ...article, content: 42 } })).toBeNull();
    expect(parseContentReply({ type: 'article', article: { ...article, dir: 'sideways' } })).toBeNull();
    expect(parseContentReply({ type: 'save', url: 'x' })).toBeNull();
  });
  it('accepts reasons and errors as text', () => {
    expect(parseContentReply({ type: 'not-article', reason: 'r' })).toEqual({ type: 'not-article', reason: 'r' });
    expect(parseContentReply({ type: 'error', message: 'm' })).toEqual({ type: 'error', message: 'm' });
  });
});
