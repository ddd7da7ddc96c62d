import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importFile } from '@/lib/library/import';
import { parseHtml } from '@/lib/node/parse-html';

/**
 * Malformed samples for every importer, and a reader of their sentences: which messages of a
 * locale file a sentence is made of. Shared by the English and the French checks.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');
const deps = { parse: (html: string) => parseHtml(html, 'about:blank') };
const bytes = (s: string) => strToU8(s);

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, Entry>;

/** Placeholders that hold another message (a reason inside "Entry 3 of …: reason"). */
const NESTED = new Set(['reason', 'outcome', 'expected']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function templates(messages: Messages) {
  return Object.entries(messages).map(([key, entry]) => {
  const names: string[] = [];
  const source = entry.message
    .split(/(\$[A-Za-z0-9_]+\$)/)
    .map((part) => {
      const name = /^\$([A-Za-z0-9_]+)\$$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name.toLowerCase());
      return '(.+?)';
    })
    .join('');
  return { key, names, pattern: new RegExp(`^${source}$`, 's') };
  });
}

/** The keys `text` is made of, or null if it is not one of `messages` with its placeholders filled. */
export function keysOf(messages: Messages, text: string): string[] | null {
  for (const { key, names, pattern } of templates(messages)) {
    const m = pattern.exec(text);
    if (!m) continue;
    const keys = [key];
    const nestedOk = names.every((name, i) => {
      if (!NESTED.has(name)) return true;
      const inner = keysOf(messages, m[i + 1]!);
      if (inner) keys.push(...inner);
      return inner !== null;
    });
    if (nestedOk) return keys;
  }
  // A refusal followed by what Okur imports: two messages side by side.
  const what = ` ${messages.importWhatOkurImports!.message}`;
  if (text.endsWith(what)) {
    const first = keysOf(messages, text.slice(0, -what.length));
    if (first) return [...first, 'importWhatOkurImports'];
  }
  return null;
}

const POCKET_HEADER = 'title,url,time_added,tags,status\n';
const INSTAPAPER_HEADER = 'URL,Title,Selection,Folder,Timestamp,Tags\n';
const backupArticle = (JSON.parse(readFileSync(path.join(FIXTURES, 'okur-backup.json'), 'utf8')) as { articles: Record<string, unknown>[] }).articles[0]!;
const backup = (articles: unknown[], version: unknown = 1) => bytes(JSON.stringify({ format: 'okur-backup', version, articles }));

/** A zip whose one entry claims to unpack to 2 GB: its central directory's size field says so. */
function zipClaimingTwoGigabytes(): Uint8Array {
  const zip = zipSync({ 'part_000000.csv': bytes(`${POCKET_HEADER}a,https://a.example/,1,,unread\n`) }, { level: 0 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i < zip.length - 4; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x7fffffff, true);
  }
  return zip;
}

export const SAMPLES: [string, Uint8Array][] = [
  ['pocket.csv', bytes(`${POCKET_HEADER}a,ftp://a.example/,1,,unread\nb,,1,,unread\nc,https://c.example/,soon,,unread\nd,"https://d.example/,1,,unread\n`)],
  ['instapaper.csv', bytes(`${INSTAPAPER_HEADER}javascript:alert(1),a,,Unread,1,\n,b,,Unread,1,\nhttps://c.example/,c,,Unread,yesterday,\n"https://d.example/,d,,Unread,1,\n`)],
  [
    'ril_export.html',
    bytes('<h1>Unread</h1><ul><li><a href="mailto:x@example.com" time_added="1">a</a></li><li><a href="https://b.example/" time_added="later">b</a></li><li><a href="">c</a></li></ul>'),
  ],
  // A stray "<a " in an attribute: no line numbers, so each reason names its entry.
  ['ril_export_2.html', bytes('<h1>Unread</h1><p title="<a ">x</p><ul><li><a href="ftp://a.example/">a</a></li></ul>')],
  ['pocket.zip', zipSync({ 'part_000000.csv': new Uint8Array([0xff, 0xfe, 0x00]), 'part_000001.csv': bytes('title,link\na,https://a.example/\n') })],
  [
    'omnivore.zip',
    zipSync({
      'metadata_0_to_49.json': bytes(
        JSON.stringify([
          'not an article',
          { title: 'Gone', url: 'https://a.example/', state: 'DELETED' },
          { title: 'Mail', url: 'mailto:x@example.com' },
          { title: 'Nowhere' },
          { url: 'https://b.example/', savedAt: 'someday' },
        ]),
      ),
      'metadata_50_to_99.json': bytes('[{"cut'),
    }),
  ],
  ['newer.json', backup([], 2)],
  ['damaged.json', backup([], 'one')],
  [
    'backup.json',
    backup([
      42,
      { ...backupArticle, savedAt: undefined },
      { ...backupArticle, savedAt: 'today' },
      ...[{ byline: 3 }, { dir: 'up' }, { standfirst: 'x' }, { wordCount: -1 }, { state: 'gone' }, { favorite: 'yes' }, { progress: 2 }, { title: 5 }].map((f) => ({ ...backupArticle, ...f })),
      { ...backupArticle, url: 'javascript:alert(1)' },
      { ...backupArticle, id: 'someone-else' },
    ]),
  ],
  ['picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])],
  ['empty.csv', bytes('  \n')],
  ['page.html', bytes('<html><body><p>Hello</p></body></html>')],
  ['instapaper-no-url.csv', bytes('Title,Selection,Folder\na,,Unread\n')],
  ['list.csv', bytes('name,address\na,b\n')],
  ['other.zip', zipSync({ 'readme.txt': bytes('hello') })],
  ['cut.zip', zipSync({ 'part_000000.csv': bytes(POCKET_HEADER) }).slice(0, 30)],
  ['huge.zip', zipClaimingTwoGigabytes()],
  ['cut.json', bytes('{"format": "okur-backup", "articles": [')],
  ['other.json', bytes('{"notes": []}')],
];

/** Imports every sample now, in whatever language the browser (or its absence) gives. */
export function importSamples() {
  const results = SAMPLES.map(([name, data]) => ({ name, result: importFile(name, data, deps) }));
  return { results, texts: results.flatMap(({ result }) => [result.format, ...result.rejected.map((r) => r.reason)]) };
}

