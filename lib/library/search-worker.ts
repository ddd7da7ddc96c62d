/// <reference lib="webworker" />
import type { PageToSearchWorkerMessage, SearchCoverage, SearchWorkerToPageMessage } from '../messages';
import { watchLibrary } from './channel';
import { openLibraryDb } from './db';
import { LibrarySearch } from './search';
import type { SavedArticle } from './types';

/**
 * The library page's search, off the page's thread: reads the list's titles first (search works
 * on them at once), then every article's text in batches, and answers each query with ids only.
 * It listens on the library channel itself, so what is saved or deleted elsewhere is found or
 * forgotten without the page reloading it.
 */
const TEXT_BATCH = 200;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const search = new LibrarySearch();
const coverage: SearchCoverage = { read: 0, total: 0 };
/** Ids whose text is read; the rest are searched by title, site, author and tags only. */
const withText = new Set<string>();

function post(message: SearchWorkerToPageMessage): void {
  scope.postMessage(message);
}

function entryOf(a: Pick<SavedArticle, 'id' | 'title' | 'siteName' | 'byline' | 'tags' | 'savedAt'> & { textContent?: string | null }) {
  return { id: a.id, title: a.title, siteName: a.siteName, byline: a.byline, tags: a.tags, savedAt: a.savedAt, textContent: a.textContent ?? null };
}

async function readAll(): Promise<void> {
  const db = await openLibraryDb();
  try {
    const listed = await db.getAll('listing');
    for (const a of listed) search.set(entryOf(a));
    coverage.total = listed.length;
    post({ type: 'progress', coverage: { ...coverage } });
    // Primary-key order in batches: each batch is one short read, so saves are never held up.
    let after: string | null = null;
    for (;;) {
      const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
      const batch: SavedArticle[] = await db.getAll('articles', range, TEXT_BATCH);
      if (batch.length === 0) break;
      for (const a of batch) {
        if (!withText.has(a.id)) search.set(entryOf(a));
        withText.add(a.id);
      }
      after = batch[batch.length - 1]!.id;
      coverage.read = Math.min(withText.size, coverage.total);
      post({ type: 'progress', coverage: { ...coverage } });
    }
    coverage.total = search.size;
    coverage.read = coverage.total;
    post({ type: 'progress', coverage: { ...coverage } });
  } finally {
    db.close();
  }
}

/** Takes in entries changed elsewhere: re-read each, or forget it when it is gone. */
async function refresh(ids: readonly string[]): Promise<void> {
  const db = await openLibraryDb();
  try {
    for (const id of ids) {
      const a = await db.get('articles', id);
      if (a) {
        search.set(entryOf(a));
        withText.add(id);
      } else {
        search.remove(id);
        withText.delete(id);
      }
    }
    coverage.total = search.size;
    coverage.read = Math.min(withText.size, coverage.total);
  } finally {
    db.close();
  }
  post({ type: 'changed' });
}

scope.onmessage = (e: MessageEvent<PageToSearchWorkerMessage>) => {
  const message = e.data;
  if (message.type !== 'query') return;
  post({ type: 'results', seq: message.seq, ids: search.search(message.query), coverage: { ...coverage } });
};

watchLibrary((change) => void refresh(change.ids).catch(() => post({ type: 'failed' })));
void readAll().catch(() => post({ type: 'failed' }));
