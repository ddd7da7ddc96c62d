import { describe, expect, it } from 'vitest';
import { htmlToText, scoreTokens, tokenF1, tokenize } from '../support/token-f1';

describe('tokenize', () => {
  it('lower-cases and splits on anything that is not a letter or a number', () => {
    expect(tokenize('Hello, World! 42x  3.14 don\'t')).toEqual(['hello', 'world', '42x', '3', '14', 'don', 't']);
  });
  it('keeps words of every script whole', () => {
    expect(tokenize('Çok GÜZEL—değil mi?')).toEqual(['çok', 'güzel', 'değil', 'mi']);
    expect(tokenize('مرحبا بالعالم')).toEqual(['مرحبا', 'بالعالم']);
    expect(tokenize('Привет, мир')).toEqual(['привет', 'мир']);
    // Devanagari vowel signs and viramas are combining marks, not separators.
    expect(tokenize('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
  });
  it('treats composed and decomposed accents as the same word', () => {
    expect(tokenize('cafe\u0301')).toEqual(tokenize('café'));
  });
  it('gives no token for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t— … !? ')).toEqual([]);
  });
});

describe('scoreTokens', () => {
  const close = (actual: string, expected: string, p: number, r: number, f1: number) => {
    const score = tokenF1(actual, expected);
    expect(score.precision).toBeCloseTo(p, 10);
    expect(score.recall).toBeCloseTo(r, 10);
    expect(score.f1).toBeCloseTo(f1, 10);
  };

  it('scores one wrong token in three: P = R = F1 = 2/3', () => {
    close('a b c', 'a b d', 2 / 3, 2 / 3, 2 / 3);
  });
  it('scores a perfect match as 1', () => {
    close('The cat sat.', 'the CAT sat', 1, 1, 1);
  });
  it('counts a repeated token only as often as it is expected (multiset)', () => {
    // overlap: one "a", one "b" = 2 of 3 on each side
    close('a a b', 'a b b', 2 / 3, 2 / 3, 2 / 3);
    // overlap 1: P = 1/4, R = 1, F1 = 2·(1/4)·1 / (5/4) = 0.4
    close('a a a a', 'a', 1 / 4, 1, 0.4);
  });
  it('separates precision (extra text) from recall (missing text)', () => {
    close('a', 'a b c d', 1, 1 / 4, 0.4);
    close('a b c d', 'a', 1 / 4, 1, 0.4);
    // overlap 2: P = 2/5, R = 2/3, F1 = 2·(2/5)·(2/3) / (2/5 + 2/3) = 0.5
    close('a b x y z', 'a b c', 2 / 5, 2 / 3, 0.5);
  });
  it('scores no overlap as 0', () => {
    close('x y', 'a b', 0, 0, 0);
  });
  it('handles empty bags', () => {
    expect(scoreTokens([], [])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scoreTokens([], ['a'])).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scoreTokens(['a'], [])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('htmlToText', () => {
  it('keeps blocks apart so words of two paragraphs are not glued', () => {
    expect(htmlToText('<p>end</p><p>Next</p>')).toBe('end\nNext');
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one\ntwo');
    expect(htmlToText('<p>line<br>break</p>')).toBe('line\nbreak');
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a\nb');
  });
  it('leaves inline elements inline and collapses whitespace', () => {
    expect(htmlToText('<p>a   <b>bold</b>word\n <a href="#">link</a></p>')).toBe('a boldword link');
  });
  it('decodes entities and skips script and style text', () => {
    expect(htmlToText('<p>a &amp; b&nbsp;c</p><script>var x = 1;</script><style>p{}</style>')).toBe('a & b c');
  });
  it('gives an empty string for empty input', () => {
    expect(htmlToText('')).toBe('');
  });
});
