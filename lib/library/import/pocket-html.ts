import { t } from '../../i18n';
import type { ImportedItem, ImportResult, ReadState } from '../types';
import { canonicalUrl } from '../url';
import { Collected, quote } from './collect';

/**
 * Pocket's older export, ril_export.html: an "Unread" heading and list, then a "Read Archive"
 * heading and list, each entry a link with time_added (Unix seconds) and tags (comma-separated)
 * attributes. Read from an inert document, so nothing in the file runs or loads.
 */
const SECTION_HEADING = /<h1[^>]*>\s*(?:Unread|Read Archive)\s*<\/h1>/i;

export function looksLikePocketHtml(text: string): boolean {
  return SECTION_HEADING.test(text);
}

export function parsePocketHtml(html: string, file: string, parse: (html: string) => Document): ImportResult {
  const out = new Collected();
  const doc = parse(html);
  const lines = linkLines(html, doc.querySelectorAll('a').length);
  let state: ReadState = 'unread';
  let index = 0;
  for (const el of Array.from(doc.querySelectorAll('h1, a'))) {
    if (el.localName === 'h1') {
      state = /read archive/i.test(el.textContent ?? '') ? 'archived' : 'unread';
      continue;
    }
    index++;
    if (!el.closest('li')) continue;
    const line = lines?.[index - 1] ?? null;
    // Without a line number the reason stands alone in the report, so it names the entry.
    const where = (reason: string) => (line === null ? t('importRejectEntryOf', [index, file, reason]) : reason);
    const rawUrl = (el.getAttribute('href') ?? '').trim();
    const url = canonicalUrl(rawUrl);
    if (!url) {
      out.reject(file, line, where(rawUrl ? t('importRejectUrlNotWeb', quote(rawUrl)) : t('importRejectUrlEmpty')));
      continue;
    }
    let savedAt: number | undefined;
    const added = (el.getAttribute('time_added') ?? '').trim();
    if (added) {
      const seconds = Number(added);
      if (!Number.isFinite(seconds) || seconds < 0) {
        out.reject(file, line, where(t('importRejectTimeAdded', quote(added, 40))));
        continue;
      }
      savedAt = seconds * 1000;
    }
    const item: ImportedItem = {
      url,
      title: (el.textContent ?? '').trim() || undefined,
      savedAt,
      tags: (el.getAttribute('tags') ?? '').split(',').map((t) => t.trim()).filter(Boolean),
      state,
    };
    out.add(item);
  }
  return out.result(t('formatPocketHtml'));
}

/**
 * A parsed document keeps no source positions, so the lines come from the source's own <a
 * tags, in order. They are used only when there are exactly as many as the document has
 * links: otherwise (a link written by script, a stray "<a" in an attribute) they could point
 * at the wrong entry, and no line is better than a wrong one.
 */
function linkLines(html: string, links: number): number[] | null {
  // Comments keep their line breaks so the lines after them still count right.
  const source = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''));
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  for (const m of source.matchAll(/<a[\s>]/gi)) {
    for (let i = last; i < m.index; i++) if (source[i] === '\n') line++;
    last = m.index;
    lines.push(line);
  }
  return lines.length === links ? lines : null;
}
