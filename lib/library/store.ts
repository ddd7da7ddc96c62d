import { browser } from 'wxt/browser';
import type { Article } from '../extract/types';
import type { PageToBackgroundMessage } from '../messages';
import type { IDBPTransaction } from 'idb';
import { announceOnChannel, type LibraryChange } from './channel';
import { openLibraryDb, type LibrarySchema } from './db';
import { LibraryError, libraryErrorFrom } from './errors';
import { toListing } from './listing';
import type { MergeAction, SyncedFields } from './sync-pack';
import type { ImportedItem, ListedArticle, SavedArticle } from './types';
import { canonicalUrl, libraryId } from './url';

/**
 * The reading list's operations. Each one is a single IndexedDB transaction, so it happens
 * entirely or not at all, and concurrent writers (two windows saving at once) are serialized
 * by the database instead of overwriting each other. Every change is announced on the
 * `okur-library` channel so open library pages refresh.
 */
export { watchLibrary, type LibraryChange } from './channel';

/** Listeners in this same context (the background's sync); BroadcastChannel skips its sender. */
const localListeners = new Set<(change: LibraryChange) => void>();

function announce(ids: string[]): void {
  if (ids.length === 0) return;
  const change: LibraryChange = { type: 'changed', ids };
  for (const listener of localListeners) listener(change);
  // Extension pages tell the background, which syncs; the background listens locally instead.
  if (typeof window !== 'undefined' && browser?.runtime?.id) {
    browser.runtime.sendMessage({ type: 'library-changed' } satisfies PageToBackgroundMessage).catch(() => {
      // No background listening (being restarted): the next startup sync catches up.
    });
  }
  announceOnChannel(change);
}

/** Calls `onChange` on changes made in this same context (pages use watchLibrary). */
export function onLocalChange(onChange: (change: LibraryChange) => void): () => void {
  localListeners.add(onChange);
  return () => localListeners.delete(onChange);
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

/** Every change writes the entry and its line in `listing` together, in one transaction. */
const WRITE_STORES = ['articles', 'listing', 'tombstones'] as const;
type WriteTx = IDBPTransaction<LibrarySchema, typeof WRITE_STORES, 'readwrite'>;

async function putEntry(tx: WriteTx, record: SavedArticle): Promise<void> {
  await Promise.all([tx.objectStore('articles').put(record), tx.objectStore('listing').put(toListing(record))]);
}

async function deleteEntry(tx: WriteTx, id: string): Promise<void> {
  await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('listing').delete(id)]);
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
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const existing = await tx.objectStore('articles').get(id);
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
    await putEntry(tx, record);
    // Saved again after a deletion: the deletion must not reach other devices any more.
    await tx.objectStore('tombstones').delete(id);
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

/**
 * The newest `count` unread entries, as the list shows them: what library.html opens on,
 * read with a cursor so the first screen does not wait for the whole list.
 */
export async function listFirstUnread(count: number): Promise<ListedArticle[]> {
  return withDb(async (db) => {
    const index = db.transaction('listing').store.index('stateSavedAt');
    const unread = IDBKeyRange.bound(['unread', -Infinity], ['unread', Infinity]);
    // One request where the browser has getAllRecords (newest first, `count` of them); a cursor,
    // one round trip per row, elsewhere.
    const native = index as unknown as { getAllRecords?: (o: object) => Promise<{ value: ListedArticle }[]> };
    if (typeof (IDBIndex.prototype as { getAllRecords?: unknown }).getAllRecords === 'function' && native.getAllRecords) {
      return (await native.getAllRecords({ query: unread, count, direction: 'prev' })).map((r) => r.value);
    }
    const rows: ListedArticle[] = [];
    let cursor = await index.openCursor(unread, 'prev');
    while (cursor && rows.length < count) {
      rows.push(cursor.value);
      cursor = await cursor.continue();
    }
    return rows;
  });
}

/** Every entry as the list shows it (no HTML, no text), newest saved first. */
export async function listListed(): Promise<ListedArticle[]> {
  return withDb(async (db) => (await db.getAllFromIndex('listing', 'savedAt')).reverse());
}

export type ArticlePatch = Partial<Pick<SavedArticle, 'tags' | 'state' | 'favorite' | 'progress'>>;

export async function updateArticle(id: string, patch: ArticlePatch, now = Date.now()): Promise<SavedArticle> {
  return withDb(async (db) => {
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const existing = await tx.objectStore('articles').get(id);
    if (!existing) throw new LibraryError('not-found');
    const record: SavedArticle = { ...existing, ...patch, updatedAt: now };
    await putEntry(tx, record);
    await tx.done;
    announce([id]);
    return record;
  });
}

/** Fills in the text of an entry that was imported without it. */
export async function storeContent(id: string, article: Article, now = Date.now()): Promise<SavedArticle> {
  return withDb(async (db) => {
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const existing = await tx.objectStore('articles').get(id);
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
    await putEntry(tx, record);
    await tx.done;
    announce([id]);
    return record;
  });
}

/** Deletes an entry and hands it back, so the caller can offer undo with restoreArticle. */
export async function deleteArticle(id: string, now = Date.now()): Promise<SavedArticle> {
  return withDb(async (db) => {
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const existing = await tx.objectStore('articles').get(id);
    if (!existing) throw new LibraryError('not-found');
    await deleteEntry(tx, id);
    await tx.objectStore('tombstones').put({ id, deletedAt: now });
    await tx.done;
    announce([id]);
    return existing;
  });
}

/** Undo of a deletion: the entry as it was, changed now so sync keeps it over the deletion. */
export async function restoreArticle(record: SavedArticle, now = Date.now()): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    await putEntry(tx, { ...record, updatedAt: now });
    await tx.objectStore('tombstones').delete(record.id);
    await tx.done;
    announce([record.id]);
  });
}

export async function listTombstones(): Promise<{ id: string; deletedAt: number }[]> {
  return withDb((db) => db.getAll('tombstones'));
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
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    let imported = 0;
    let alreadySaved = 0;
    const ids: string[] = [];
    for (const item of items) {
      const { url, id } = item.record ? { url: item.record.url, id: item.record.id } : urlKey(item.url);
      if (await tx.objectStore('articles').get(id)) {
        alreadySaved++;
        continue;
      }
      await putEntry(tx, item.record ?? recordFromImport(item, url, id, now));
      ids.push(id);
      imported++;
    }
    await tx.done;
    announce(ids);
    return { imported, alreadySaved };
  });
}

function recordFromImport(item: ImportedItem, url: string, id: string, now: number): SavedArticle {
  const a = item.article;
  return {
    id,
    url,
    // The service's title is the one the reader knew the item by.
    title: item.title?.trim() || a?.title || url,
    byline: item.byline ?? a?.byline ?? null,
    siteName: a?.siteName ?? null,
    lang: a?.lang ?? null,
    dir: a?.dir ?? 'ltr',
    publishedTime: item.publishedTime ?? a?.publishedTime ?? null,
    savedAt: item.savedAt ?? now,
    excerpt: item.excerpt ?? a?.excerpt ?? null,
    leadImage: a?.leadImage ?? null,
    standfirst: a?.standfirst ?? [],
    leadFigure: a?.leadFigure ?? null,
    // Export HTML is untrusted like any page: it is sanitized where it is rendered.
    content: a?.content ?? item.content ?? null,
    textContent: a?.textContent ?? null,
    wordCount: a?.wordCount ?? null,
    readingTimeMinutes: a?.readingTimeMinutes ?? null,
    tags: item.tags ?? [],
    state: item.state ?? 'unread',
    favorite: item.favorite ?? false,
    progress: item.progress ?? 0,
    updatedAt: now,
  };
}

/** Applies what sync learned from other devices, in one transaction. */
export async function applySyncActions(actions: readonly MergeAction[]): Promise<number> {
  if (actions.length === 0) return 0;
  return withDb(async (db) => {
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const articles = tx.objectStore('articles');
    const ids: string[] = [];
    for (const action of actions) {
      if (action.kind === 'delete') {
        await deleteEntry(tx, action.id);
        await tx.objectStore('tombstones').put({ id: action.id, deletedAt: action.deletedAt });
        ids.push(action.id);
        continue;
      }
      const r = action.remote;
      const existing = await articles.get(r.id);
      const base = existing ?? recordFromImport({ url: r.url }, r.url, r.id, r.updatedAt);
      await putEntry(tx, {
        ...base,
        // A title extracted here beats the (possibly shortened) synced one.
        title: existing?.content ? existing.title : r.title,
        state: r.state,
        favorite: r.favorite,
        tags: r.tags,
        savedAt: r.savedAt,
        progress: r.progress,
        updatedAt: r.updatedAt,
      });
      ids.push(r.id);
    }
    await tx.done;
    announce(ids);
    return ids.length;
  });
}

export function syncedFieldsOf(a: SyncedFields): SyncedFields {
  return { id: a.id, url: a.url, title: a.title, state: a.state, favorite: a.favorite, tags: a.tags, savedAt: a.savedAt, progress: a.progress, updatedAt: a.updatedAt };
}
