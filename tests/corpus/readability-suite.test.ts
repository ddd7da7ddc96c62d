import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_URL, corpusDir, listCorpusPages, LOSS_TOLERANCE, readCorrections, REPO_ROOT, scorePage, summarize } from '../support/corpus';
import type { PageFigures } from '../support/corpus';

/**
 * Mozilla's Readability test pages: on every page Okur's body text must be at least as close to
 * expected.html as plain Readability's (token F1, within LOSS_TOLERANCE). Okur removes more than
 * Readability does, so this is where a removal rule that eats article text shows up.
 * Figures per page go to test-artifacts/readability-suite.json; scripts/corpus-report.ts prints
 * the same figures sorted by loss.
 */
const dir = corpusDir();
const pages = listCorpusPages(dir);
const corrections = readCorrections();
const rows: PageFigures[] = [];
const started = performance.now();
const f = (n: number) => n.toFixed(3);

describe('Readability test pages: Okur against plain Readability', () => {
  it('has the corpus', () => {
    expect(pages.length, `no Readability test pages in ${dir} (set OKUR_CORPUS_DIR)`).toBeGreaterThan(0);
  });

  it('corrects only pages that exist, each with a reason', () => {
    const slugs = new Set(pages.map((p) => p.slug));
    for (const [slug, correction] of Object.entries(corrections)) {
      expect(slugs.has(slug), `corrections.json names ${slug}, which is not in the corpus`).toBe(true);
      expect(correction.why.length, `${slug}: a correction says why`).toBeGreaterThan(20);
    }
  });

  for (const page of pages) {
    it(page.slug, () => {
      const r = scorePage(page, corrections);
      rows.push(r);
      expect(r.okurCrash, `Okur crashed on ${page.slug}`).toBeUndefined();
      const why = r.okurNoArticle ? ` (no article: ${r.okurNoArticle})` : '';
      expect(
        r.okurF1,
        `${page.slug}: Okur F1 ${f(r.okurF1)} < baseline F1 ${f(r.baselineF1)} - ${LOSS_TOLERANCE}${why}`,
      ).toBeGreaterThanOrEqual(r.baselineF1 - LOSS_TOLERANCE);
    });
  }

  // Runs after every page above (tests in a file run in order), on the figures they collected.
  it('in sum: mean F1 and title matches at least plain Readability\'s', () => {
    expect(rows.length).toBe(pages.length);
    const s = summarize(rows);
    expect(s.okurMeanF1, 'mean token F1').toBeGreaterThanOrEqual(s.baselineMeanF1);
    expect(s.okurTitleMatches, 'title matches').toBeGreaterThanOrEqual(s.baselineTitleMatches);
  });

  afterAll(() => {
    if (rows.length === 0) return;
    const s = summarize(rows);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      [
        `Readability suite: ${s.pages} pages in ${seconds.toFixed(1)} s`,
        `  against expected.html as it is:`,
        `    mean token F1   okur ${s.rawOkurMeanF1.toFixed(4)}   baseline ${s.rawBaselineMeanF1.toFixed(4)}`,
        `    title matches   okur ${s.rawOkurTitleMatches}/${s.pages}   baseline ${s.rawBaselineTitleMatches}/${s.pages}`,
        `    okur below baseline by more than ${LOSS_TOLERANCE}: ${s.rawOkurLosses}`,
        `  with the hand-written corrections of ${s.correctedPages} pages (tests/corpus/corrections.json):`,
        `    mean token F1   okur ${s.okurMeanF1.toFixed(4)}   baseline ${s.baselineMeanF1.toFixed(4)}`,
        `    title matches   okur ${s.okurTitleMatches}/${s.pages}   baseline ${s.baselineTitleMatches}/${s.pages}`,
        `    okur below baseline by more than ${LOSS_TOLERANCE}: ${s.okurLosses}; crashes: ${s.okurCrashes}`,
      ].join('\n'),
    );
    const out = path.join(REPO_ROOT, 'test-artifacts', 'readability-suite.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ corpus: dir, url: CORPUS_URL, seconds: Math.round(seconds), summary: s, pages: rows }, null, 2)}\n`);
  });
});
