import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract';
import { collapseWhitespace } from '@/lib/extract/text';

/**
 * Golden pages: realistic news pages written by hand, each with expectations written by hand
 * from what a reader wants to see (tests/pages/<slug>/expected.json). A page without its
 * expected file fails: expectations are never produced by the code under test.
 */
interface ArticleExpectation {
  url: string;
  article: true;
  title: string;
  byline: string | null;
  siteName: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  publishedDate: string | null;
  present: string[];
  absent: string[];
  absentBlocks?: string[];
  titleInBody?: boolean;
}
interface NotArticleExpectation {
  url: string;
  article: false;
  /** The sentence the reader must be shown, written by hand. */
  reason: string;
}

const PAGES_DIR = path.resolve(__dirname, '../pages');
const slugs = readdirSync(PAGES_DIR).filter((s) => existsSync(path.join(PAGES_DIR, s, 'source.html')));

function run(slug: string) {
  const dir = path.join(PAGES_DIR, slug);
  const expectedFile = path.join(dir, 'expected.json');
  if (!existsSync(expectedFile)) throw new Error(`${slug}: expected.json is missing; write it by hand`);
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ArticleExpectation | NotArticleExpectation;
  const dom = new JSDOM(readFileSync(path.join(dir, 'source.html'), 'utf8'), { url: expected.url });
  const outcome = extractArticle(dom.window.document, expected.url);
  return { expected, outcome };
}

describe('golden pages', () => {
  it('has pages to check', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const { expected, outcome } = run(slug);
      if (!expected.article) {
        it('is recognised as not an article, with a reason', () => {
          expect(outcome.kind).toBe('not-article');
          if (outcome.kind === 'not-article') expect(outcome.reason).toBe(expected.reason);
        });
        return;
      }
      const article = outcome.kind === 'article' ? outcome.article : null;
      const text = collapseWhitespace(article?.textContent ?? '');

      it('is an article', () => {
        expect(outcome.kind, outcome.kind === 'not-article' ? outcome.reason : '').toBe('article');
      });
      it('has the right metadata', () => {
        expect({
          title: article?.title,
          byline: article?.byline,
          siteName: article?.siteName,
          lang: article?.lang,
          dir: article?.dir,
          publishedDate: article?.publishedTime?.slice(0, 10) ?? null,
        }).toEqual({
          title: expected.title,
          byline: expected.byline,
          siteName: expected.siteName,
          lang: expected.lang,
          dir: expected.dir,
          publishedDate: expected.publishedDate,
        });
      });
      it('keeps every part of the article', () => {
        const missing = expected.present.filter((s) => !text.includes(collapseWhitespace(s)));
        expect(missing).toEqual([]);
      });
      it('drops every piece of site chrome', () => {
        const leaked = expected.absent.filter((s) => text.includes(collapseWhitespace(s)));
        expect(leaked).toEqual([]);
      });
      it('leaves no chrome-only element (counters, font widget)', () => {
        const body = JSDOM.fragment(article?.content ?? '');
        const blocks = Array.from(body.querySelectorAll('*')).map((el) => collapseWhitespace(el.textContent ?? ''));
        const leaked = (expected.absentBlocks ?? []).filter((s) => blocks.includes(s));
        expect(leaked).toEqual([]);
      });
      if (expected.titleInBody === false) {
        it('does not repeat the headline in the body', () => {
          expect(text.includes(expected.title)).toBe(false);
        });
      }
    });
  }
});
