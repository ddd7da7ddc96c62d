import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The command line as a user runs it: a real process, real files, exit codes and stdout.
 * Expectations come from the golden pages' hand-written expected.json files.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = path.join(ROOT, 'tests/pages');
const SEED = path.join(PAGES, 'fr-article-on-tr-portal/source.html');
const SEED_URL = 'https://www.gundemhaber.example/dunya/un-moment-historique-dans-les-relations-entre-la-russie-et-la-coree-du-nord-h48213.html';
const HOME = path.join(PAGES, 'home-page-not-article/source.html');

function extract(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run extract', () => {
  it('prints the seed article as one JSON object with every promised field', () => {
    const r = extract([SEED, '--url', SEED_URL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const a = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const key of ['url', 'title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'excerpt', 'content', 'textContent', 'length', 'readingTimeMinutes']) {
      expect(a, `field ${key}`).toHaveProperty(key);
    }
    expect(a.title).toBe('Un moment historique dans les relations entre la Russie et la Corée du Nord : Poutine et Kim Jong-Un se sont rencontrés');
    expect(a.lang).toBe('fr');
    expect(a.dir).toBe('ltr');
    expect(a.publishedTime).toMatch(/^2024-06-19/);
    expect(a.siteName).toBe('Gündem Haber');
    expect(a.textContent).toContain('Accord de Partenariat Stratégique Global');
    expect(a.textContent).not.toContain('Henüz yorum yapılmamış');
    expect(a.content).not.toMatch(/<script|onerror=/i);
    expect(a.length).toBe((a.textContent as string).length);
  });

  it('prints null and exits 2 on a page that is not an article, with the reason on stderr', () => {
    const r = extract([HOME, '--url', 'https://www.gundemhaber.example/']);
    expect(r.code).toBe(2);
    expect(r.stdout.trim()).toBe('null');
    expect(r.stderr.trim().length).toBeGreaterThan(10);
  });

  it('says in one line that a missing file cannot be read, and exits 1', () => {
    const r = extract([path.join(ROOT, 'no-such-page.html')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no-such-page\.html/);
  });

  it('exits 1 with a usage line on a wrong URL', () => {
    const r = extract([SEED, '--url', 'not a url']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a valid URL/);
  });

  it('answers one line per input line in --jsonl mode, bad lines included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'okur-cli-'));
    const empty = path.join(dir, 'empty.html');
    writeFileSync(empty, '');
    const input = [
      JSON.stringify({ file: SEED, url: SEED_URL }),
      JSON.stringify({ file: HOME, url: 'https://www.gundemhaber.example/' }),
      'this is not json',
      JSON.stringify({ file: path.join(dir, 'missing.html') }),
      JSON.stringify({ file: empty }),
    ].join('\n');
    const r = extract(['--jsonl'], `${input}\n`);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string | null; article: { title: string } | null; error?: string; reason?: string });
    expect(lines).toHaveLength(5);
    expect(lines[0]!.file).toBe(SEED);
    expect(lines[0]!.article?.title).toMatch(/^Un moment historique/);
    expect(lines[1]!.article).toBeNull();
    expect(lines[1]!.reason).toBeTruthy();
    expect(lines[2]!.error).toMatch(/line 3/);
    expect(lines[3]!.error).toMatch(/missing\.html/);
    expect(lines[4]!.article).toBeNull();
    expect(lines[4]!.error ?? lines[4]!.reason).toBeTruthy();
  });
});
