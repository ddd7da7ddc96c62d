import type { IDBPDatabase } from 'idb';
import type { LibrarySchema } from './db';
import { toListing } from './listing';
import type { ListedArticle, SavedArticle } from './types';

/**
 * A second copy of the reading list, kept outside IndexedDB, to put the list back if the
 * browser resets the database.
 *
 * Chromium deletes an IndexedDB database that it finds damaged when it opens it, and starts an
 * empty one (a known, deliberate behaviour). Our tests met it once: the browser was killed
 * (SIGKILL) while a large import was being committed, and on the next start the reading list
 * was empty. Okur cannot stop the browser from doing that, but it must not lose the list
 * silently. So every entry, without the article's text, is also written to a file in the
 * extension's private file system (OPFS), a different store on disk than IndexedDB; the file is
 * replaced whole each time (the browser writes a new file and swaps it in, so a kill leaves the
 * old or the new one, never half of one). When the database is created while such a file lists
 * entries, the database was reset: the entries go back in, their text to be downloaded again
 * when opened, and the library tells the reader what happened.
 */
export const BACKUP_FILE = 'reading-list-backup.json';
const BACKUP_FORMAT = 1;

export interface ListBackup {
  format: typeof BACKUP_FORMAT;
  writtenAt: number;
  entries: ListedArticle[];
  tombstones: { id: string; deletedAt: number }[];
}

async function backupDirectory(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return typeof navigator !== 'undefined' && navigator.storage?.getDirectory ? await navigator.storage.getDirectory() : null;
  } catch {
    return null;
  }
}

/** Replaces the file whole (the browser writes a swap file and moves it in place); false without OPFS. */
async function replaceFile(name: string, text: string): Promise<boolean> {
  const handle = await (await backupDirectory())?.getFileHandle(name, { create: true });
  if (!handle || typeof handle.createWritable !== 'function') return false;
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
  return true;
}

/** The file's text; null when there is no such file or no private file system. */
async function readFileText(name: string): Promise<string | null> {
  try {
    const file = await (await (await backupDirectory())?.getFileHandle(name))?.getFile();
    return file ? await file.text() : null;
  } catch {
    return null;
  }
}

/**
 * Writes the backup: the list's entries as the `listing` store holds them, and the tombstones.
 * Returns the number of entries written, or null where this browser offers no private file
 * system to write it to (the list then has no second copy, as before).
 */
export async function writeListBackup(entries: ListedArticle[], tombstones: ListBackup['tombstones'], now = Date.now()): Promise<number | null> {
  if (!worthBackingUp(entries, tombstones)) return 0;
  const backup: ListBackup = { format: BACKUP_FORMAT, writtenAt: now, entries, tombstones };
  return (await replaceFile(BACKUP_FILE, JSON.stringify(backup))) ? entries.length : null;
}

/**
 * A list with no entries and no deletions is a database just created: a new install, or one the
 * browser has just reset and that is about to be put back from this very file. The reader's own
 * deletions always leave tombstones. So such a list never replaces the backup.
 */
export function worthBackingUp(entries: readonly unknown[], tombstones: readonly unknown[]): boolean {
  return entries.length > 0 || tombstones.length > 0;
}

/** The backup as last written; null when there is none or it cannot be read as one. */
export async function readListBackup(): Promise<ListBackup | null> {
  const text = await readFileText(BACKUP_FILE);
  // No file yet (a new install): nothing to restore from.
  return text === null ? null : parseListBackup(text);
}

export function parseListBackup(text: string): ListBackup | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const b = data as Partial<ListBackup>;
  if (b.format !== BACKUP_FORMAT || typeof b.writtenAt !== 'number' || !Array.isArray(b.entries) || !Array.isArray(b.tombstones)) return null;
  const isEntry = (e: unknown): e is ListedArticle => !!e && typeof (e as ListedArticle).id === 'string' && typeof (e as ListedArticle).url === 'string';
  const isTombstone = (t: unknown): t is ListBackup['tombstones'][number] => !!t && typeof (t as { id: unknown }).id === 'string' && typeof (t as { deletedAt: unknown }).deletedAt === 'number';
  return { format: BACKUP_FORMAT, writtenAt: b.writtenAt, entries: b.entries.filter(isEntry), tombstones: b.tombstones.filter(isTombstone) };
}

/** An entry as it goes back into the database: all it had but the article, which is fetched again. */
export function restoredRecord(entry: ListedArticle): SavedArticle {
  const { downloaded: _downloaded, ...listed } = entry;
  return { ...listed, leadImage: null, standfirst: [], leadFigure: null, content: null, textContent: null };
}

export interface RestoreOutcome {
  /** The entries put back. */
  ids: string[];
  backupWrittenAt: number;
}

/**
 * Puts the backup's entries into a database that was just created, in one transaction. Entries
 * already there (written by another page in the meantime) are kept as they are. Returns null
 * when there was nothing to restore: a first install, or no backup.
 */
export async function restoreFromBackup(db: IDBPDatabase<LibrarySchema>): Promise<RestoreOutcome | null> {
  const backup = await readListBackup();
  if (!backup || !worthBackingUp(backup.entries, backup.tombstones)) return null;
  const tx = db.transaction(['articles', 'listing', 'tombstones'], 'readwrite');
  // One read of the keys already there, not one per entry: a backup can list 10,000.
  const [articleKeys, tombstoneKeys] = await Promise.all([tx.objectStore('articles').getAllKeys(), tx.objectStore('tombstones').getAllKeys()]);
  const present = new Set<string>(articleKeys);
  const buried = new Set<string>(tombstoneKeys);
  const ids: string[] = [];
  const writes: Promise<unknown>[] = [];
  for (const entry of backup.entries) {
    if (present.has(entry.id)) continue;
    const record = restoredRecord(entry);
    writes.push(tx.objectStore('articles').put(record), tx.objectStore('listing').put(toListing(record)));
    ids.push(entry.id);
  }
  for (const tombstone of backup.tombstones) if (!buried.has(tombstone.id)) writes.push(tx.objectStore('tombstones').put(tombstone));
  await Promise.all([...writes, tx.done]);
  return { ids, backupWrittenAt: backup.writtenAt };
}

/**
 * What the library tells the reader after a restore, kept beside the backup (any Okur context
 * may be the one that finds the database reset, the search worker included, which has no
 * extension storage) until the reader dismisses it.
 */
export const RESTORE_NOTICE_FILE = 'reading-list-restored.json';

export interface RestoreNotice {
  /** How many entries were put back. */
  restored: number;
  backupWrittenAt: number;
  restoredAt: number;
}

export async function writeRestoreNotice({ restored, backupWrittenAt, restoredAt }: RestoreNotice): Promise<void> {
  await replaceFile(RESTORE_NOTICE_FILE, JSON.stringify({ restored, backupWrittenAt, restoredAt } satisfies RestoreNotice));
}

export async function readRestoreNotice(): Promise<RestoreNotice | null> {
  const text = await readFileText(RESTORE_NOTICE_FILE);
  try {
    const notice = text === null ? null : (JSON.parse(text) as Partial<RestoreNotice>);
    return notice && typeof notice.restored === 'number' && typeof notice.backupWrittenAt === 'number' && typeof notice.restoredAt === 'number' ? (notice as RestoreNotice) : null;
  } catch {
    return null;
  }
}

export async function dismissRestoreNotice(): Promise<void> {
  await (await backupDirectory())?.removeEntry(RESTORE_NOTICE_FILE).catch(() => {});
}
