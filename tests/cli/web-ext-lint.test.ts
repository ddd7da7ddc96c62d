import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Mozilla's own linter on the Firefox build, as an add-on reviewer would run it. Errors fail;
 * warnings are printed (they come from innerHTML in bundled libraries: Preact, Readability and
 * DOMPurify, whose output is sanitized before it reaches an Okur page).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors', { timeout: 120_000 }, () => {
    if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`${FIREFOX_BUILD} is missing: run npm run build:firefox`);
    const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
    const r = spawnSync(bin, ['lint', '--source-dir', FIREFOX_BUILD, '--no-input', '--output', 'json'], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    const report = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[] };
    const codes = [...new Set(report.warnings.map((w) => w.code))].join(', ');
    console.log(`[lint] web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${codes || 'none'}), ${report.summary.notices} notices`);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    // Manifest warnings are ours to fix, unlike the bundled libraries' innerHTML.
    expect(report.warnings.filter((w) => w.file === 'manifest.json').map((w) => `${w.code}: ${w.message}`)).toEqual([]);
  });
});
