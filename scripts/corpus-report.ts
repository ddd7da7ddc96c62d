// Okur against plain Readability on Mozilla's Readability test pages, side by side: token F1 of
// each page's body text against expected.html, worst losses first, then the means and the title
// matches. For finding where Okur loses; the suite (tests/corpus) asserts the same figures.
//
//   node --import tsx scripts/corpus-report.ts [--titles] [--json]
//
// --titles lists every title that differs from expected-metadata.json; --json prints the rows.
// The corpus is ../shared/corpus/readability-test-pages, or OKUR_CORPUS_DIR.
import { parseArgs } from 'node:util';
import { corpusDir, listCorpusPages, LOSS_TOLERANCE, readCorrections, scorePage, summarize } from '../tests/support/corpus';
import type { PageFigures } from '../tests/support/corpus';

const { values } = parseArgs({ options: { titles: { type: 'boolean' }, json: { type: 'boolean' } } });

const dir = corpusDir();
const pages = listCorpusPages(dir);
if (pages.length === 0) {
  console.error(`corpus-report: no pages in ${dir} (set OKUR_CORPUS_DIR)`);
  process.exit(1);
}

const corrections = readCorrections();
const started = performance.now();
const rows: PageFigures[] = [];
for (const [i, page] of pages.entries()) {
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${pages.length} ${page.slug}`.padEnd(60));
  rows.push(scorePage(page, corrections));
}
if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(61) + '\r');
const seconds = (performance.now() - started) / 1000;

if (values.json) {
  console.log(JSON.stringify({ corpus: dir, summary: summarize(rows), pages: rows }, null, 2));
  process.exit(0);
}

const f = (n: number) => n.toFixed(3);
const d = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : ' ') + Math.abs(n).toFixed(3);
console.log(`${'delta'.padStart(6)}  ${'okur'.padStart(5)}  ${'base'.padStart(5)}  page`);
for (const r of [...rows].sort((a, b) => a.delta - b.delta || a.slug.localeCompare(b.slug))) {
  const notes = [
    r.okurCrash && `CRASH ${r.okurCrash}`,
    r.okurNoArticle && `okur: ${r.okurNoArticle}`,
    r.baselineCrash && `baseline crash: ${r.baselineCrash}`,
    r.baselineNoArticle && 'baseline: no article',
    !r.okurTitleMatch && r.baselineTitleMatch && 'title ✗',
  ].filter(Boolean);
  console.log(`${d(r.delta)}  ${f(r.okurF1)}  ${f(r.baselineF1)}  ${r.slug}${notes.length ? `  (${notes.join('; ')})` : ''}`);
}

const s = summarize(rows);
console.log('');
console.log(`pages: ${s.pages} (${dir}), ${seconds.toFixed(1)} s`);
console.log('against expected.html as it is:');
console.log(`  mean F1:        okur ${s.rawOkurMeanF1.toFixed(4)}   baseline ${s.rawBaselineMeanF1.toFixed(4)}   (${d(s.rawOkurMeanF1 - s.rawBaselineMeanF1)})`);
console.log(`  title matches:  okur ${s.rawOkurTitleMatches}/${s.pages}   baseline ${s.rawBaselineTitleMatches}/${s.pages}`);
console.log(`  okur below baseline by more than ${LOSS_TOLERANCE}: ${s.rawOkurLosses} pages`);
console.log(`with the hand-written corrections of ${s.correctedPages} pages (tests/corpus/corrections.json; the figures above the summary are these):`);
console.log(`  mean F1:        okur ${s.okurMeanF1.toFixed(4)}   baseline ${s.baselineMeanF1.toFixed(4)}   (${d(s.okurMeanF1 - s.baselineMeanF1)})`);
console.log(`  title matches:  okur ${s.okurTitleMatches}/${s.pages}   baseline ${s.baselineTitleMatches}/${s.pages}`);
console.log(`  okur below baseline by more than ${LOSS_TOLERANCE}: ${s.okurLosses} pages; crashes: ${s.okurCrashes}`);

if (values.titles) {
  console.log('\ntitles that differ from expected-metadata.json (okur | baseline | expected):');
  for (const r of rows) {
    if (r.okurTitleMatch && r.baselineTitleMatch) continue;
    const mark = `${r.okurTitleMatch ? '✓' : '✗'}${r.baselineTitleMatch ? '✓' : '✗'}`;
    console.log(`${mark} ${r.slug}: ${JSON.stringify(r.okurTitle)} | ${JSON.stringify(r.baselineTitle)} | ${JSON.stringify(r.expectedTitle)}`);
  }
}
