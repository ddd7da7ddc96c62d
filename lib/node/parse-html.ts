import { readFile, stat } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ExtractError } from '../extract/types';

/**
 * The one place where Node code (command line, tests, reports) turns untrusted HTML into a DOM.
 *
 * jsdom defaults are the safe ones and are kept: scripts never run (no `runScripts`) and no
 * subresource is fetched (no `resources`). The virtual console is silent: real pages are full of
 * CSS jsdom cannot parse (uncompiled SCSS, vendor hacks), and each error would otherwise be
 * printed on stderr. If jsdom still throws while building the document, the page is parsed again
 * without its <style> blocks, which Okur never needs (it reads no computed style).
 */
export function parseHtml(html: string, url: string): Document {
  try {
    new URL(url);
  } catch {
    throw new ExtractError(`Not a valid URL: ${url}`);
  }
  try {
    return build(html, url);
  } catch (first) {
    try {
      return build(stripStyleBlocks(html), url);
    } catch {
      throw new ExtractError(`This page could not be parsed as HTML (${oneLine(first)}).`);
    }
  }
}

function build(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** Every <style> element, including one left open at the end of the file. */
export function stripStyleBlocks(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, '');
}

/** Bigger than any real article page; reading more would only freeze the caller. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;

/**
 * Reads an HTML file as UTF-8. Throws ExtractError with a one-line message when the file is
 * missing, a directory, unreadable, empty, too large or binary (NUL bytes in its first 8 KB).
 */
export async function readHtmlFile(file: string): Promise<string> {
  const fail = (why: string) => new ExtractError(`Cannot read ${file}: ${why}`);
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw fail('it is a directory');
    if (!info.isFile()) throw fail('not a regular file');
    size = info.size;
  } catch (err) {
    throw err instanceof ExtractError ? err : fail(describeFsError(err));
  }
  if (size > MAX_FILE_BYTES) throw fail(`too large (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw fail(describeFsError(err));
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw fail('not an HTML file (binary data)');
  const text = new TextDecoder('utf-8').decode(bytes); // drops a BOM, replaces invalid bytes
  if (!text.trim()) throw fail('the file is empty');
  return text;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return oneLine(err);
  }
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.trim() || 'unknown error';
}
