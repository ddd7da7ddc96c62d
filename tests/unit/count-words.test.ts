import { describe, expect, it } from 'vitest';
import { countWords } from '@/lib/extract/text';

describe('countWords', () => {
  it('counts words separated by spaces, ignoring punctuation', () => {
    expect(countWords('Le président russe, Vladimir Poutine, est arrivé.', 'fr')).toBe(7);
  });

  it('counts spaced scripts as the Unicode word boundaries do', () => {
    const samples: [string, string][] = [
      ['fr', "L'école de Kim Jong-Un, à 3,5 km : « un accord » (2024)."],
      ['en', 'Don’t read U.S. news at 10.30 — or do; it’s 1,000 words.'],
      ['tr', 'İstanbul’da metro hattı açıldı; Kadıköy-Ataşehir 12 dakika.'],
      ['ar', 'التقى بوتين وكيم جونغ أون في بيونغ يانغ يوم ١٩ يونيو.'],
      ['ru', 'Путин и Ким Чен Ын встретились в Пхеньяне 19 июня.'],
      ['hi', 'पुतिन और किम जोंग उन की मुलाकात प्योंगयांग में हुई।'],
    ];
    for (const [lang, text] of samples) {
      const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
      const expected = [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
      expect(countWords(text, lang), text).toBe(expected);
    }
  });

  it('counts Chinese words without spaces', () => {
    // 我们 / 喜欢 / 读书 — the segmenter finds words, not characters.
    expect(countWords('我们喜欢读书', 'zh')).toBeGreaterThanOrEqual(3);
    expect(countWords('我们喜欢读书', 'zh')).toBeLessThan(6);
  });

  it('counts long texts exactly across chunk boundaries', () => {
    const text = 'alpha beta gamma delta. '.repeat(5000);
    expect(countWords(text, 'en')).toBe(20000);
  });

  it('stays fast on a long text written without spaces', () => {
    const text = '这是一个测试句子'.repeat(5000);
    const words = countWords(text, 'zh');
    expect(words).toBeGreaterThan(15000);
    expect(words).toBeLessThan(40000);
  });

  it('returns 0 for empty text', () => {
    expect(countWords('', 'en')).toBe(0);
  });
});
