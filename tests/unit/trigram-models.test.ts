import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { closestLanguage } from '@/lib/extract/metadata/trigram-models';
import { textOf } from '@/lib/extract/text';
import { parseHtml } from '@/lib/node/parse-html';
import { listCorpusPages } from '../support/corpus';

const PAGES = path.resolve(import.meta.dirname, '../pages');

/** franc itself, the reference: its best language for the whole sample. */
const franc = (sample: string): string => francAll(sample, { minLength: 1 })[0]![0];

function pageTexts(): { name: string; text: string }[] {
  const golden = readdirSync(PAGES).map((slug) => ({ name: slug, file: path.join(PAGES, slug, 'source.html') }));
  const corpus = listCorpusPages().map((page) => ({ name: page.slug, file: page.expectedFile }));
  return [...golden, ...corpus].map(({ name, file }) => ({ name, text: textOf(parseHtml(readFileSync(file, 'utf8'), 'https://news.example/a').body) }));
}

describe('closestLanguage, franc in one pass over its models', () => {
  it('gives franc\'s answer on samples of every page of both corpora, short and long', () => {
    const answers = new Set<string>();
    let compared = 0;
    for (const { name, text } of pageTexts()) {
      for (const start of [0, Math.floor(text.length / 3), Math.floor(text.length / 2)]) {
        for (const length of [12, 40, 80, 200, 600, 3000]) {
          const sample = text.slice(start, start + length);
          if (!sample) continue;
          const expected = franc(sample);
          expect(closestLanguage(sample), `${name} at ${start}, ${length} characters: "${sample.slice(0, 60)}"`).toBe(expected);
          answers.add(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
    // The pages are in many languages and scripts, so many of the models were compared.
    expect(answers.size).toBeGreaterThan(12);
  });

  it.each([
    ['Cyrillic', 'Президент России встретился с лидером Северной Кореи в Пхеньяне, где они подписали договор.'],
    ['Arabic', 'التقى الرئيس الروسي بزعيم كوريا الشمالية في بيونغ يانغ حيث وقعا معاهدة للشراكة الاستراتيجية.'],
    ['Devanagari', 'रूस के राष्ट्रपति ने प्योंगयांग में उत्तर कोरिया के नेता से मुलाकात की और एक समझौते पर हस्ताक्षर किए।'],
    ['Greek, a script of one language', 'Ο Ρώσος πρόεδρος συναντήθηκε με τον ηγέτη της Βόρειας Κορέας στην Πιονγκγιάνγκ.'],
    ['Chinese', '俄罗斯总统在平壤会见了朝鲜领导人，双方签署了全面战略伙伴关系条约。'],
    ['digits and signs only', '19.06.2024 — 12:45 / 3 + 4 = 7 %'],
    ['Latin letters mixed with digits', 'Match 2-1: Galatasaray 90+3 dk, Fenerbahçe 45 dk, 2024-06-19'],
  ])('gives franc\'s answer on %s', (_name, sample) => {
    expect(closestLanguage(sample)).toBe(franc(sample));
  });
});
