import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ListedArticle, SavedArticle } from './types';
import { LibraryError, libraryErrorFrom } from './errors';
import { toListing } from './listing';
import { restoreFromBackup, writeRestoreNotice } from './backup';
import { announceOnChannel } from './channel';

/**
 * The reading list's IndexedDB database. The schema only ever moves forward through the named
 * migrations below, one per version, each run once, in order, inside the upgrade transaction:
 * a failed migration aborts the upgrade and leaves the previous version's data as it was.
 */
export const DB_NAME = 'okur-library';

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: SavedArticle;
    indexes: { url: string; savedAt: number; state: string; tags: string };
  };
  /** Deleted entries' ids and when, so sync can tell other devices (see sync-pack.ts). */
  tombstones: {
    key: string;
    value: { id: string; deletedAt: number };
  };
  /** Each entry without its HTML and text, as the list shows it (listing.ts); written with it. */
  listing: {
    key: string;
    value: ListedArticle;
    indexes: { savedAt: number; stateSavedAt: [string, number] };
  };
}

type UpgradeTx = IDBPTransaction<LibrarySchema, ArrayLike<'articles' | 'tombstones' | 'listing'>, 'versionchange'>;

export interface Migration {
  version: number;
  name: string;
  run(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create-articles',
    run(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      // One entry per canonical URL: saving a page twice updates it.
      articles.createIndex('url', 'url', { unique: true });
      articles.createIndex('savedAt', 'savedAt');
      articles.createIndex('state', 'state');
      // multiEntry: an entry is found under each of its tags.
      articles.createIndex('tags', 'tags', { multiEntry: true });
    },
  },
  {
    version: 2,
    name: 'add-tombstones-and-backfill-updated-at',
    async run(db, tx) {
      db.createObjectStore('tombstones', { keyPath: 'id' });
      // Sync orders entries by their last change; entries from version 1 may lack it.
      let cursor = await tx.objectStore('articles').openCursor();
      while (cursor) {
        if (typeof cursor.value.updatedAt !== 'number') await cursor.update({ ...cursor.value, updatedAt: cursor.value.savedAt });
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 3,
    name: 'add-listing',
    async run(db, tx) {
      // The list reads this light copy instead of 10,000 full articles (see listing.ts).
      const listing = db.createObjectStore('listing', { keyPath: 'id' });
      listing.createIndex('savedAt', 'savedAt');
      // The first screen: the newest unread entries, read straight off this index.
      listing.createIndex('stateSavedAt', ['state', 'savedAt']);
      let cursor = await tx.objectStore('articles').openCursor();
      while (cursor) {
        await listing.put(toListing(cursor.value));
        cursor = await cursor.continue();
      }
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Opens the database at `version`, running the migrations it lacks (tests pass a lower version). */
export async function openLibraryDb(version: number = DB_VERSION): Promise<IDBPDatabase<LibrarySchema>> {
  if (typeof indexedDB === 'undefined') throw new LibraryError('unavailable');
  let created = false;
  try {
    const db = await openDB<LibrarySchema>(DB_NAME, version, {
      async upgrade(database, oldVersion, newVersion, tx) {
        created = oldVersion === 0;
        for (const migration of MIGRATIONS) {
          if (migration.version > oldVersion && migration.version <= (newVersion ?? version)) {
            await migration.run(database, tx);
          }
        }
      },
      blocked() {
        // An older Okur page holds the database open; it closes on versionchange (below).
      },
    });
    // A newer Okur (an update) wants to upgrade: let it, this page reopens on next use.
    db.addEventListener('versionchange', () => db.close());
    // A database created where a backup lists entries was reset by the browser (backup.ts).
    if (created && version === DB_VERSION) {
      const outcome = await restoreFromBackup(db).catch(async (err: unknown) => {
        // Leave no empty database behind: the next open finds none and tries again, and the
        // backup is not overwritten by an empty list in the meantime.
        db.close();
        await deleteDB(DB_NAME).catch(() => {});
        throw err;
      });
      if (outcome) {
        await writeRestoreNotice({ restored: outcome.ids.length, backupWrittenAt: outcome.backupWrittenAt, restoredAt: Date.now() }).catch(() => {});
        // Pages that read the empty list meanwhile read it again, and show the notice.
        announceOnChannel({ type: 'changed', ids: outcome.ids });
      }
    }
    return db;
  } catch (err) {
    throw libraryErrorFrom(err);
  }
}
