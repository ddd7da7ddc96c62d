import type { Article } from '../extract/types';
import { openLibraryDb } from './db';
import { LibraryError, libraryErrorFrom } from './errors';
import type { ImportedItem, SavedArticle } from './types';
import { canonicalUrl, libraryId } from './url';

/**
 * The reading list's operations. Each one is a single IndexedDB transaction, so it happens
 * entirely or not at all, and concurrent writers (two windows saving at once) are serialized
 * by the database instead of overwriting each other. Every change is announced on the
 * `okur-library` channel so open library pages refresh.
 */
const CHANNEL = 'okur-library';

export type LibraryChange = { type: 'changed'; ids: string[] };

function announce(ids: string[]): void {
  if (typeof BroadcastChannel === 'undefined' || ids.length === 0) return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'changed', ids } satisfies LibraryChange);
  channel.close();
}

/** Calls `onChange` whenever any Okur page changes the list; returns the unsubscribe. */
export function watchLibrary(onChange: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<LibraryChange>) => onChange(e.data);
  return () => channel.close();
}

async function withDb<T>(work: (db: Awaited<ReturnType<typeof openLibraryDb>>) => Promise<T>): Promise<T> {
  const db = await openLibraryDb();
  try {
    return await work(db);
  } catch (err) {
    throw libraryErrorFrom(err);
  } finally {
    db.close();
  }
}

function urlKey(url: string): { url: string; id: string } {
  const canonical = canonicalUrl(url);
  if (!canonical) throw new LibraryError('invalid', `not a web address: ${url}`);
  return { url: canonical, id: libraryId(canonical) };
}

/** Saves the article as the popup showed it; saving again refreshes the text, keeps tags and state. */
export async function saveArticle(article: Article, now = Date.now()): Promise<SavedArticle> {
  const { url, id } = urlKey(article.url);
  return withDb(async (db) => {
    const tx = db.transaction('articles', 'readwrite');
    const existing = await tx.store.get(id);
    const record: SavedArticle = {
      id,
      url,
      title: article.title || url,
      byline: article.byline,
      siteName: article.siteName,
      lang: article.lang,
      dir: article.dir,
      publishedTime: article.publishedTime,
      savedAt: existing?.savedAt ?? now,
      excerpt: article.excerpt,
      leadImage: article.leadImage,
      standfirst: article.standfirst,
      leadFigure: article.leadFigure,
      content: article.content,
      textContent: article.textContent,
      wordCount: article.wordCount,
      readingTimeMinutes: article.readingTimeMinutes,
      tags: existing?.tags ?? [],
      state: existing?.state ?? 'unread',
      favorite: existing?.favorite ?? false,
      progress: existing?.progress ?? 0,
      updatedAt: now,
    };
    await tx.store.put(record);
    await tx.done;
    announce([id]);
    return record;
  });
}

export async function getArticle(id: string): Promise<SavedArticle | undefined> {
  return withDb((db) => db.get('articles', id));
}

export async function findByUrl(url: string): Promise<SavedArticle | undefined> {
  const canonical = canonicalUrl(url);
  if (!canonical) return undefined;
  return withDb((db) => db.getFromIndex('articles', 'url', canonical));
}

/** Every entry, newest saved first. */
export async function listArticles(): Promise<SavedArticle[]> {
  return withDb(async (db) => (await db.getAllFromIndex('articles', 'savedAt')).reverse());
}

export type ArticlePatch = Partial<Pick<SavedArticle, 'tags' | 'state' | 'favorite' | 'progress'>>;

export async function updateArticle(id: string, patch: ArticlePatch, now = Date.now()): Promise<SavedArticle> {
  return withDb(async (db) => {
    const tx = db.transaction('articles', 'readwrite');
    const existing = await tx.store.get(id);
    if (!existing) throw new LibraryError('not-found');
    const record: SavedArticle = { ...existing, ...patch, updatedAt: now };
    await tx.store.put(record);
    await tx.done;
    announce([id]);
    return record;
  });
}

/** Fills in the text of an entry that was imported without it. */
export async function storeContent(id: string, article: Article, now = Date.now()): Promise<SavedArticle> {
  return withDb(async (db) => {
    const tx = db.transaction('articles', 'readwrite');
    const existing = await tx.store.get(id);
    if (!existing) throw new LibraryError('not-found');
    const record: SavedArticle = {
      ...existing,
      title: existing.title && existing.title !== existing.url ? existing.title : article.title,
      byline: existing.byline ?? article.byline,
      siteName: article.siteName,
      lang: article.lang,
      dir: article.dir,
      publishedTime: existing.publishedTime ?? article.publishedTime,
      excerpt: existing.excerpt ?? article.excerpt,
      leadImage: article.leadImage,
      standfirst: article.standfirst,
      leadFigure: article.leadFigure,
      content: article.content,
      textContent: article.textContent,
      wordCount: article.wordCount,
      readingTimeMinutes: article.readingTimeMinutes,
      updatedAt: now,
    };
    await tx.store.put(record);
    await tx.done;
    announce([id]);
    return record;
  });
}

/** Deletes an entry and hands it back, so the caller can offer undo with restoreArticle. */
export async function deleteArticle(id: string): Promise<SavedArticle> {
  return withDb(async (db) => {
    const tx = db.transaction('articles', 'readwrite');
    const existing = await tx.store.get(id);
    if (!existing) throw new LibraryError('not-found');
    await tx.store.delete(id);
    await tx.done;
    announce([id]);
    return existing;
  });
}

export async function restoreArticle(record: SavedArticle): Promise<void> {
  await withDb(async (db) => {
    await db.put('articles', record);
    announce([record.id]);
  });
}

export interface StoreImportResult {
  imported: number;
  /** Already in the list: left as they are. */
  alreadySaved: number;
}

/**
 * Adds imported entries in one transaction: all of them or, on any error (a full disk), none.
 * Entries already in the list are left untouched rather than overwritten by an older export.
 */
export async function importItems(items: readonly ImportedItem[], now = Date.now()): Promise<StoreImportResult> {
  return withDb(async (db) => {
    const tx = db.transaction('articles', 'readwrite');
    let imported = 0;
    let alreadySaved = 0;
    const ids: string[] = [];
    for (const item of items) {
      const { url, id } = item.record ? { url: item.record.url, id: item.record.id } : urlKey(item.url);
      if (await tx.store.get(id)) {
        alreadySaved++;
        continue;
      }
      await tx.store.put(item.record ?? recordFromImport(item, url, id, now));
      ids.push(id);
      imported++;
    }
    await tx.done;
    announce(ids);
    return { imported, alreadySaved };
  });
}

function recordFromImport(item: ImportedItem, url: string, id: string, now: number): SavedArticle {
  return {
    id,
    url,
    title: item.title?.trim() || url,
    byline: item.byline ?? null,
    siteName: null,
    lang: null,
    dir: 'ltr',
    publishedTime: item.publishedTime ?? null,
    savedAt: item.savedAt ?? now,
    excerpt: item.excerpt ?? null,
    leadImage: null,
    standfirst: [],
    leadFigure: null,
    // Export HTML is untrusted like any page: it is sanitized where it is rendered.
    content: item.content ?? null,
    textContent: null,
    wordCount: null,
    readingTimeMinutes: null,
    tags: item.tags ?? [],
    state: item.state ?? 'unread',
    favorite: item.favorite ?? false,
    progress: 0,
    updatedAt: now,
  };
}
