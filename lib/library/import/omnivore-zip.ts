import { t } from '../../i18n';
import type { ImportedItem, ImportResult } from '../types';
import { canonicalUrl } from '../url';
import { Collected, decodeUtf8, quote } from './collect';
import { baseName, type ZipEntries } from './zip';

/**
 * Omnivore's export zip: metadata_0_to_49.json, metadata_50_to_99.json… each a JSON array of
 * articles, and content/<slug>.html with an article's text when Omnivore had it. JSON has no
 * lines to point at, so a rejected entry is named by its place in its file.
 */
export function isOmnivoreMetadata(path: string): boolean {
  return /^metadata_\d+_to_\d+\.json$/i.test(baseName(path));
}

export function isOmnivoreContent(path: string): boolean {
  return /(?:^|\/)content\/[^/]+\.html$/i.test(path);
}

export function parseOmnivoreZip(entries: ZipEntries): ImportResult {
  const out = new Collected();
  const content = new Map<string, Uint8Array>();
  for (const [path, bytes] of Object.entries(entries)) {
    if (isOmnivoreContent(path)) content.set(baseName(path).replace(/\.html$/i, ''), bytes);
  }
  // Numeric order, so "metadata_100_to_149" comes after "metadata_50_to_99" and the later of
  // two copies of an article is the one kept.
  const files = Object.keys(entries).filter(isOmnivoreMetadata).sort((a, b) => firstIndex(a) - firstIndex(b));
  for (const path of files) {
    const name = baseName(path);
    const text = decodeUtf8(entries[path]!);
    let list: unknown;
    try {
      list = text === null ? null : JSON.parse(text);
    } catch {
      list = null;
    }
    if (!Array.isArray(list)) {
      out.reject(name, null, t('importRejectOmnivoreList', name));
      continue;
    }
    list.forEach((entry: unknown, i) => {
      const outcome = toItem(entry, content);
      if (typeof outcome !== 'string') return out.add(outcome);
      const title = isObject(entry) ? str(entry.title) : null;
      out.reject(name, null, title ? t('importOmnivoreEntryTitled', [i + 1, name, quote(title), outcome]) : t('importOmnivoreEntry', [i + 1, name, outcome]));
    });
  }
  return out.result(t('formatOmnivore'));
}

function firstIndex(path: string): number {
  return Number(/metadata_(\d+)_to_/i.exec(baseName(path))?.[1] ?? 0);
}

/** The item, or the end of a sentence saying why the entry is left out. */
function toItem(entry: unknown, content: Map<string, Uint8Array>): ImportedItem | string {
  if (!isObject(entry)) return t('importOmnivoreNotArticle');
  const e = entry;
  const title = str(e.title);
  const state = str(e.state)?.toLowerCase();
  if (state === 'deleted') return t('importOmnivoreDeleted');
  const rawUrl = str(e.url) ?? '';
  const url = canonicalUrl(rawUrl);
  if (!url) return rawUrl ? t('importOmnivoreUrl', quote(rawUrl)) : t('importOmnivoreNoUrl');
  let savedAt: number | undefined;
  const saved = str(e.savedAt);
  if (saved) {
    savedAt = Date.parse(saved);
    if (!Number.isFinite(savedAt)) return t('importOmnivoreSavedDate', quote(saved, 40));
  }
  const slug = str(e.slug);
  const html = slug ? content.get(slug) : undefined;
  return {
    url,
    title: title ?? undefined,
    savedAt,
    tags: labels(e.labels),
    state: state === 'archived' ? 'archived' : 'unread',
    byline: str(e.author),
    publishedTime: str(e.publishedAt),
    excerpt: str(e.description),
    content: html ? (decodeUtf8(html) ?? undefined) : undefined,
    progress: progressOf(e.readingProgress),
  };
}

/** Omnivore counts reading progress in percent; Okur as a share of the article. */
function progressOf(v: unknown): number | undefined {
  return typeof v === 'number' && v > 0 && v <= 100 ? v / 100 : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A trimmed non-empty string, or null for anything else a hostile or damaged file may hold. */
function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function labels(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const tags: string[] = [];
  for (const l of v) {
    const name = str(l);
    if (name && !tags.includes(name)) tags.push(name);
  }
  return tags;
}
