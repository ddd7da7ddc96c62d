// Okur's extraction core on the command line.
//
//   npm run --silent extract -- FILE [--url URL] [--debug] [--pretty]
//   npm run --silent extract -- --jsonl [--debug] < list.jsonl
//
// One file: prints the article as one JSON object (exit 0); `null` and the reason on stderr when
// the page holds no article (exit 2); one line on stderr when the input cannot be read (exit 1).
// --jsonl: reads {"file": PATH, "url": URL} per line on stdin and writes one line per input,
// {"file", "article": {...} | null, "reason"?, "error"?}; a bad line gives an error line (exit 0).
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../lib/extract/index';
import type { Article, Removal } from '../lib/extract/types';
import { ExtractError } from '../lib/extract/types';
import { parseHtml, readHtmlFile } from '../lib/node/parse-html';

const USAGE = `usage: npm run --silent extract -- FILE [--url URL] [--debug] [--pretty]
       npm run --silent extract -- --jsonl [--debug] < list.jsonl   (lines of {"file": PATH, "url": URL})

  --url URL   the page's address (default: the file's file:// URL)
  --debug     add "removals": every element Okur took out, and why
  --pretty    indent the JSON
  --jsonl     batch mode: one JSON line out per line in
exit: 0 article, 2 no article (prints null), 1 unreadable input or wrong arguments`;

type Result =
  | { kind: 'article'; json: ArticleJson }
  | { kind: 'not-article'; reason: string }
  | { kind: 'error'; error: string };

type ArticleJson = Article & { removals?: Removal[] };

/** The printed fields, in a fixed order (a field added to Article must be added here too). */
function articleJson(a: Article): ArticleJson {
  return {
    url: a.url,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    publishedTime: a.publishedTime,
    modifiedTime: a.modifiedTime,
    excerpt: a.excerpt,
    leadImage: a.leadImage,
    standfirst: a.standfirst,
    leadFigure: a.leadFigure,
    content: a.content,
    textContent: a.textContent,
    length: a.length,
    wordCount: a.wordCount,
    readingTimeMinutes: a.readingTimeMinutes,
  };
}

async function extractFile(file: string, url: string | undefined, debug: boolean): Promise<Result> {
  try {
    const pageUrl = url ?? pathToFileURL(path.resolve(file)).href;
    const html = await readHtmlFile(file);
    const outcome = extractArticle(parseHtml(html, pageUrl), pageUrl, { debug });
    if (outcome.kind === 'not-article') return { kind: 'not-article', reason: oneLine(outcome.reason) };
    const json = articleJson(outcome.article);
    if (debug) json.removals = outcome.removals;
    return { kind: 'article', json };
  } catch (err) {
    if (err instanceof ExtractError) return { kind: 'error', error: oneLine(err.message) };
    // A bug in Okur rather than bad input: still one line, the stack only when debugging.
    if (debug && err instanceof Error && err.stack) console.error(err.stack);
    return { kind: 'error', error: `Okur failed on ${file}: ${oneLine(err instanceof Error ? err.message : String(err))}` };
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

async function single(file: string, url: string | undefined, debug: boolean, pretty: boolean): Promise<number> {
  const result = await extractFile(file, url, debug);
  if (result.kind === 'error') {
    console.error(result.error);
    return 1;
  }
  if (result.kind === 'not-article') {
    process.stdout.write('null\n');
    console.error(result.reason);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(result.json, null, pretty ? 2 : undefined)}\n`);
  return 0;
}

async function batch(debug: boolean): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      write({ file: null, article: null, error: `line ${n}: not JSON` });
      continue;
    }
    const { file, url } = (input ?? {}) as { file?: unknown; url?: unknown };
    if (typeof file !== 'string' || !file || (url !== undefined && url !== null && typeof url !== 'string')) {
      write({ file: typeof file === 'string' ? file : null, article: null, error: `line ${n}: expected {"file": PATH, "url": URL}` });
      continue;
    }
    const result = await extractFile(file, typeof url === 'string' ? url : undefined, debug);
    if (result.kind === 'article') write({ file, article: result.json });
    else if (result.kind === 'not-article') write({ file, article: null, reason: result.reason });
    else write({ file, article: null, error: result.error });
  }
  return 0;
}

function write(record: object): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

function usage(message?: string): number {
  if (message) console.error(`extract: ${message}`);
  console.error(USAGE);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        debug: { type: 'boolean' },
        pretty: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usage(oneLine((err as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const debug = !!values.debug;
  if (values.jsonl) {
    if (positionals.length > 0 || values.url !== undefined || values.pretty) {
      return usage('--jsonl reads its files from stdin and takes only --debug');
    }
    return batch(debug);
  }
  if (positionals.length !== 1) return usage(positionals.length ? 'one FILE at a time (or --jsonl)' : 'no FILE given');
  if (values.url !== undefined && !URL.canParse(values.url)) return usage(`not a valid URL: ${values.url}`);
  return single(positionals[0]!, values.url, debug, !!values.pretty);
}

// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
