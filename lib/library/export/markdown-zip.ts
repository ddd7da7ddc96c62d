import { strToU8, zipSync, type Zippable } from 'fflate';
import TurndownService from 'turndown';
import type { SavedArticle } from '../types';

/**
 * The list as Markdown files, one per article, for note apps (Obsidian, Logseq…) and for
 * keeping: YAML front matter with what Okur knows of the article, then its text.
 */
export interface MarkdownDeps {
  /** Parses untrusted HTML into an inert document: turndown reads its DOM, nothing runs. */
  parse(html: string): Document;
}

export function exportMarkdownZip(articles: readonly SavedArticle[], deps: MarkdownDeps): Uint8Array {
  const turndown = markdownConverter();
  const names = new FileNames();
  const files: Zippable = {};
  for (const a of articles) {
    files[names.next(a.title)] = [strToU8(articleMarkdown(a, turndown, deps)), { mtime: zipTime(a.savedAt) }];
  }
  return zipSync(files, { level: 6 });
}

export function articleMarkdown(a: SavedArticle, turndown: TurndownService, deps: MarkdownDeps): string {
  const front = [
    '---',
    `title: ${yamlString(a.title)}`,
    `url: ${yamlString(a.url)}`,
    `byline: ${yamlNullable(a.byline)}`,
    `site: ${yamlNullable(a.siteName)}`,
    `published: ${yamlNullable(a.publishedTime)}`,
    `saved: ${yamlString(new Date(a.savedAt).toISOString())}`,
    `tags: [${a.tags.map(yamlString).join(', ')}]`,
    `state: ${a.state}`,
    `favorite: ${a.favorite}`,
    '---',
  ].join('\n');
  const heading = `# ${turndown.escape(a.title.replace(/\s+/g, ' ').trim())}`;
  const body =
    a.content === null
      ? `This article was not downloaded. Read it at <${a.url}>.`
      : turndown.turndown(deps.parse(a.content).body);
  return `${front}\n\n${heading}\n\n${body.trim()}\n`;
}

export function markdownConverter(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  // Turndown writes the text of elements it has no rule for; a script's or style's text is not
  // the article's.
  service.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'button', 'form']);
  // "<" in the article's text is text; most Markdown renderers would read "<tag" as HTML.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<');
  return service;
}

/**
 * A JSON string is a YAML double-quoted scalar (YAML 1.2 contains JSON), which takes any
 * title: colons, quotes, "#", line breaks. The characters YAML 1.1 readers take as line breaks
 * and the BOM are escaped too, since JSON leaves them as they are.
 */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u0085\u2028\u2029\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function yamlNullable(s: string | null): string {
  return s === null ? 'null' : yamlString(s);
}

/** Zip times are DOS dates, 1980 to 2107; outside that the file gets the time of export. */
function zipTime(ms: number): Date | undefined {
  const d = new Date(ms);
  const year = d.getFullYear();
  return year >= 1980 && year < 2100 ? d : undefined;
}

const MAX_SLUG = 80;
/** Names Windows refuses for a file, whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * File names from titles that open on every system: letters and digits of any script (a
 * Turkish or Arabic title keeps its words), accents dropped from Latin letters, everything
 * else a hyphen; unique without regard to case, as macOS and Windows compare them.
 */
export class FileNames {
  private readonly used = new Set<string>();

  next(title: string): string {
    const base = slug(title);
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    this.used.add(name.toLowerCase());
    return `${name}.md`;
  }
}

export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, so a letter outside the BMP is never split in half.
  const cut = Array.from(words).slice(0, MAX_SLUG).join('').replace(/-+$/, '');
  if (!cut) return 'article';
  return RESERVED.test(cut) ? `${cut}-article` : cut;
}
