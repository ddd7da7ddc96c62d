import { describe, expect, it } from 'vitest';
import { isReaderToExtractorMessage, parseExtractReply, parsePageSnapshot } from '@/lib/messages';

const article = {
  url: 'https://example.com/a', title: 'T', byline: null, siteName: 'S', lang: 'fr', dir: 'ltr',
  publishedTime: '2024-06-19', modifiedTime: null, excerpt: null, leadImage: null, standfirst: [], leadFigure: null, content: '<p>x</p>',
  textContent: 'x', length: 1, wordCount: 1, readingTimeMinutes: 1,
};

describe('parseExtractReply (the answer comes from a page or from a copy of one)', () => {
  it('accepts a well-formed article', () => {
    expect(parseExtractReply({ type: 'article', article })).toEqual({ type: 'article', article });
  });
  it('rejects malformed replies', () => {
    expect(parseExtractReply(null)).toBeNull();
    expect(parseExtractReply('article')).toBeNull();
    expect(parseExtractReply({ type: 'article', article: { ...article, content: 42 } })).toBeNull();
    expect(parseExtractReply({ type: 'article', article: { ...article, dir: 'sideways' } })).toBeNull();
    expect(parseExtractReply({ type: 'save', url: 'x' })).toBeNull();
  });
  it('accepts reasons and errors as text', () => {
    expect(parseExtractReply({ type: 'not-article', reason: 'r' })).toEqual({ type: 'not-article', reason: 'r' });
    expect(parseExtractReply({ type: 'error', message: 'm' })).toEqual({ type: 'error', message: 'm' });
  });
});

describe('parsePageSnapshot (the copying script runs in the page)', () => {
  const page = { type: 'page', html: '<p>x</p>', url: 'https://example.com/a', baseUrl: 'https://example.com/' };
  it('accepts a copy, a request to read in place, and an error', () => {
    expect(parsePageSnapshot(page)).toEqual(page);
    expect(parsePageSnapshot({ type: 'read-in-page' })).toEqual({ type: 'read-in-page' });
    expect(parsePageSnapshot({ type: 'error', message: 'm' })).toEqual({ type: 'error', message: 'm' });
  });
  it('keeps nothing but the known fields', () => {
    expect(parsePageSnapshot({ ...page, extra: 'x' })).toEqual(page);
  });
  it('rejects anything else', () => {
    expect(parsePageSnapshot(null)).toBeNull();
    expect(parsePageSnapshot({ ...page, html: 42 })).toBeNull();
    expect(parsePageSnapshot({ ...page, baseUrl: undefined })).toBeNull();
    expect(parsePageSnapshot({ type: 'article' })).toBeNull();
  });
});

describe('isReaderToExtractorMessage', () => {
  const message = { type: 'extract', html: '<p>x</p>', url: 'https://example.com/a', baseUrl: 'https://example.com/' };
  it('knows a request to read a page', () => {
    expect(isReaderToExtractorMessage(message)).toBe(true);
  });
  it('refuses other messages and incomplete requests', () => {
    expect(isReaderToExtractorMessage({ type: 'library-changed' })).toBe(false);
    expect(isReaderToExtractorMessage({ ...message, url: null })).toBe(false);
    expect(isReaderToExtractorMessage({ ...message, html: ['<p>x</p>'] })).toBe(false);
    expect(isReaderToExtractorMessage('extract')).toBe(false);
  });
});
