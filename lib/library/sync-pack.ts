import type { SavedArticle } from './types';

/**
 * The reading list packed for browser.storage.sync, the browser's own sync between a person's
 * devices. Its quotas shape everything here: 102,400 bytes in all, 8,192 bytes per item
 * (key + JSON value), 512 items. So entries are compact tuples, many to an item ("chunk"),
 * and when the list does not fit, the most recently changed entries are synced and the rest
 * stay on this device only (the library says how many). Article text never syncs: the other
 * device extracts it again when the article is opened there.
 */
export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;
/** Headroom for the meta item and for the browser's own accounting. */
const BUDGET_BYTES = SYNC_QUOTA_BYTES - 4_096;
/** Per chunk: under the per-item limit with room for the key. */
const CHUNK_BYTES = SYNC_QUOTA_BYTES_PER_ITEM - 256;
/** A deletion is remembered this long, so a device that was offline learns of it. */
export const TOMBSTONE_DAYS = 60;
/** Long titles are cut: the synced title is only shown until the text is extracted again. */
const TITLE_MAX = 160;

export const CHUNK_PREFIX = 'okur.list.';
export const META_KEY = 'okur.meta';

/** [id, url, title, state 0/1, favorite 0/1, tags, savedAt s, progress 0-100, updatedAt ms] */
export type SyncEntry = [string, string, string, 0 | 1, 0 | 1, string[], number, number, number];
/** [id, deletedAt ms] */
export type SyncTombstone = [string, number];
type ChunkValue = { e: SyncEntry[]; d: SyncTombstone[] };

export interface Tombstone {
  id: string;
  deletedAt: number;
}

/** What syncs of an entry: the list's state, not its text. */
export interface SyncedFields {
  id: string;
  url: string;
  title: string;
  state: SavedArticle['state'];
  favorite: boolean;
  tags: string[];
  savedAt: number;
  progress: number;
  updatedAt: number;
}

export function toSyncEntry(a: SyncedFields): SyncEntry {
  return [
    a.id,
    a.url,
    a.title.length > TITLE_MAX ? `${a.title.slice(0, TITLE_MAX - 1)}…` : a.title,
    a.state === 'archived' ? 1 : 0,
    a.favorite ? 1 : 0,
    a.tags,
    Math.round(a.savedAt / 1000),
    Math.round(a.progress * 100),
    a.updatedAt,
  ];
}

export function fromSyncEntry(e: SyncEntry): SyncedFields {
  return {
    id: e[0],
    url: e[1],
    title: e[2],
    state: e[3] === 1 ? 'archived' : 'unread',
    favorite: e[4] === 1,
    tags: e[5],
    savedAt: e[6] * 1000,
    progress: e[7] / 100,
    updatedAt: e[8],
  };
}

/** Bytes storage.sync counts for an item: the key plus its JSON value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export interface Packed {
  /** storage.sync items to write: chunk keys and the meta key. */
  items: Record<string, unknown>;
  syncedIds: string[];
  /** Entries that did not fit, least recently changed first to go. */
  leftOutIds: string[];
}

/**
 * Packs entries (most recently changed first) and tombstones into chunks under the budget.
 * Tombstones go first: forgetting a deletion would bring an article back on another device.
 */
export function pack(entries: readonly SyncedFields[], tombstones: readonly Tombstone[], now: number): Packed {
  const liveTombstones = tombstones.filter((t) => now - t.deletedAt < TOMBSTONE_DAYS * 86_400_000);
  const ordered = [...entries].sort((a, b) => b.updatedAt - a.updatedAt);
  const chunks: ChunkValue[] = [{ e: [], d: [] }];
  let total = itemBytes(META_KEY, { v: 1, chunks: 0, total: entries.length, synced: entries.length });
  const syncedIds: string[] = [];
  const leftOutIds: string[] = [];

  const add = (kind: 'e' | 'd', value: SyncEntry | SyncTombstone): boolean => {
    const cost = itemBytes('', value) + 1; // + the comma
    let chunk = chunks[chunks.length - 1]!;
    const chunkKey = `${CHUNK_PREFIX}${chunks.length - 1}`;
    if (itemBytes(chunkKey, chunk) + cost > CHUNK_BYTES) {
      if (chunks.length + 1 >= SYNC_MAX_ITEMS) return false;
      chunk = { e: [], d: [] };
      chunks.push(chunk);
      total += itemBytes(`${CHUNK_PREFIX}${chunks.length - 1}`, chunk);
    }
    if (total + cost > BUDGET_BYTES) return false;
    (chunk[kind] as unknown[]).push(value);
    total += cost;
    return true;
  };

  for (const t of liveTombstones) add('d', [t.id, t.deletedAt]);
  for (const entry of ordered) {
    if (add('e', toSyncEntry(entry))) syncedIds.push(entry.id);
    else leftOutIds.push(entry.id);
  }
  const items: Record<string, unknown> = {};
  chunks.forEach((chunk, i) => {
    items[`${CHUNK_PREFIX}${i}`] = chunk;
  });
  items[META_KEY] = { v: 1, chunks: chunks.length, total: entries.length, synced: syncedIds.length };
  return { items, syncedIds, leftOutIds };
}

function isEntry(v: unknown): v is SyncEntry {
  return (
    Array.isArray(v) &&
    v.length === 9 &&
    typeof v[0] === 'string' &&
    typeof v[1] === 'string' &&
    typeof v[2] === 'string' &&
    (v[3] === 0 || v[3] === 1) &&
    (v[4] === 0 || v[4] === 1) &&
    Array.isArray(v[5]) &&
    v[5].every((t: unknown) => typeof t === 'string') &&
    [v[6], v[7], v[8]].every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function isTombstone(v: unknown): v is SyncTombstone {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number';
}

/**
 * Reads what other devices wrote. Sync data is input like any other: malformed entries are
 * skipped, never trusted. Chunks beyond the meta item's count are leftovers of a longer list.
 */
export function unpack(items: Record<string, unknown>): { entries: SyncedFields[]; tombstones: Tombstone[] } {
  const meta = items[META_KEY] as { chunks?: unknown } | undefined;
  const count = typeof meta?.chunks === 'number' ? meta.chunks : 0;
  const entries: SyncedFields[] = [];
  const tombstones: Tombstone[] = [];
  for (let i = 0; i < count; i++) {
    const chunk = items[`${CHUNK_PREFIX}${i}`] as Partial<ChunkValue> | undefined;
    for (const e of Array.isArray(chunk?.e) ? chunk.e : []) if (isEntry(e)) entries.push(fromSyncEntry(e));
    for (const d of Array.isArray(chunk?.d) ? chunk.d : []) if (isTombstone(d)) tombstones.push({ id: d[0], deletedAt: d[1] });
  }
  return { entries, tombstones };
}

export type MergeAction =
  | { kind: 'create'; remote: SyncedFields }
  | { kind: 'update'; remote: SyncedFields }
  | { kind: 'delete'; id: string; deletedAt: number };

/**
 * The rule when two devices change the same entry: the later change wins, field by field
 * as a whole entry (updatedAt), and a deletion wins over any change made before it. An
 * entry changed after its deletion elsewhere comes back (the reader saved it again).
 */
export function mergeRemote(
  local: readonly SyncedFields[],
  localTombstones: readonly Tombstone[],
  remote: { entries: readonly SyncedFields[]; tombstones: readonly Tombstone[] },
): MergeAction[] {
  const byId = new Map(local.map((a) => [a.id, a]));
  const deletedHere = new Map(localTombstones.map((t) => [t.id, t.deletedAt]));
  const actions: MergeAction[] = [];
  for (const t of remote.tombstones) {
    const mine = byId.get(t.id);
    if (mine && mine.updatedAt <= t.deletedAt) actions.push({ kind: 'delete', id: t.id, deletedAt: t.deletedAt });
  }
  const deletedThere = new Map(remote.tombstones.map((t) => [t.id, t.deletedAt]));
  for (const r of remote.entries) {
    const mine = byId.get(r.id);
    const gone = Math.max(deletedHere.get(r.id) ?? -1, deletedThere.get(r.id) ?? -1);
    if (r.updatedAt <= gone) continue;
    if (!mine) actions.push({ kind: 'create', remote: r });
    else if (r.updatedAt > mine.updatedAt) actions.push({ kind: 'update', remote: r });
  }
  return actions;
}
