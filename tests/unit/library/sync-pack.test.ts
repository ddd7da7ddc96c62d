import { describe, expect, it } from 'vitest';
import {
  CHUNK_PREFIX,
  itemBytes,
  META_KEY,
  mergeRemote,
  pack,
  SYNC_MAX_ITEMS,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  type SyncedFields,
  TOMBSTONE_DAYS,
  unpack,
} from '@/lib/library/sync-pack';

const NOW = Date.UTC(2026, 10, 28);
const DAY = 86_400_000;

function entry(i: number, over: Partial<SyncedFields> = {}): SyncedFields {
  return {
    id: `id${i}`,
    url: `https://haber.example/dunya/2026/11/${i}/uzun-bir-haber-basligi-ornegi-${i}.html`,
    title: `Başlık ${i}: Poutine et Kim Jong-Un se sont rencontrés à Pyongyang`,
    state: i % 3 === 0 ? 'archived' : 'unread',
    favorite: i % 7 === 0,
    tags: i % 2 ? ['politique', 'Asie'] : [],
    savedAt: NOW - i * 60_000,
    progress: 0.25,
    updatedAt: NOW - i * 1000,
    ...over,
  };
}

function totalBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
}

describe('sync packing', () => {
  it('gives back exactly what it packed', () => {
    const list = [entry(1), entry(2, { favorite: true, progress: 0.5 }), entry(3)];
    const packed = pack(list, [{ id: 'gone', deletedAt: NOW - DAY }], NOW);
    const back = unpack(packed.items);
    expect(back.entries.sort((a, b) => a.id.localeCompare(b.id))).toEqual(list);
    expect(back.tombstones).toEqual([{ id: 'gone', deletedAt: NOW - DAY }]);
    expect(packed.leftOutIds).toEqual([]);
  });

  it('stays within every storage.sync quota with a list far larger than fits', () => {
    const list = Array.from({ length: 5000 }, (_, i) => entry(i));
    const packed = pack(list, [], NOW);
    expect(totalBytes(packed.items)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
    expect(Object.keys(packed.items).length).toBeLessThanOrEqual(SYNC_MAX_ITEMS);
    for (const [key, value] of Object.entries(packed.items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    // Hundreds fit, not all; the most recently changed ones are the ones synced.
    expect(packed.syncedIds.length).toBeGreaterThan(300);
    expect(packed.syncedIds.length + packed.leftOutIds.length).toBe(5000);
    expect(packed.syncedIds[0]).toBe('id0');
    expect(packed.leftOutIds).toContain('id4999');
    expect(packed.items[META_KEY]).toMatchObject({ total: 5000, synced: packed.syncedIds.length });
  });

  it('cuts very long titles, never the URL', () => {
    const long = entry(1, { title: 'x'.repeat(2000) });
    const back = unpack(pack([long], [], NOW).items).entries[0]!;
    expect(back.title.length).toBeLessThanOrEqual(160);
    expect(back.url).toBe(long.url);
  });

  it('forgets deletions older than the tombstone window', () => {
    const packed = pack([], [{ id: 'old', deletedAt: NOW - (TOMBSTONE_DAYS + 1) * DAY }, { id: 'new', deletedAt: NOW - DAY }], NOW);
    expect(unpack(packed.items).tombstones.map((t) => t.id)).toEqual(['new']);
  });

  it('skips malformed data written by anyone else', () => {
    const items = {
      [META_KEY]: { v: 1, chunks: 2 },
      [`${CHUNK_PREFIX}0`]: { e: [['a', 'https://x.example/', 't', 0, 0, [], 1, 0, 5], ['bad'], 'nope', ['b', 1, 't', 0, 0, [], 1, 0, 5]], d: [['gone', 'yesterday']] },
      [`${CHUNK_PREFIX}1`]: 'not a chunk',
    };
    const back = unpack(items);
    expect(back.entries.map((e) => e.id)).toEqual(['a']);
    expect(back.tombstones).toEqual([]);
  });
});

describe('merging what another device synced', () => {
  const mine = entry(1, { updatedAt: NOW - 10 * DAY });

  it('creates entries saved elsewhere', () => {
    const theirs = entry(2);
    expect(mergeRemote([mine], [], { entries: [theirs], tombstones: [] })).toEqual([{ kind: 'create', remote: theirs }]);
  });

  it('takes the later change of the same entry, and ignores an older one', () => {
    const newer = { ...mine, state: 'archived' as const, updatedAt: NOW };
    expect(mergeRemote([mine], [], { entries: [newer], tombstones: [] })).toEqual([{ kind: 'update', remote: newer }]);
    const older = { ...mine, favorite: true, updatedAt: NOW - 20 * DAY };
    expect(mergeRemote([mine], [], { entries: [older], tombstones: [] })).toEqual([]);
  });

  it('deletes here what was deleted there after the last change here', () => {
    expect(mergeRemote([mine], [], { entries: [], tombstones: [{ id: mine.id, deletedAt: NOW }] })).toEqual([{ kind: 'delete', id: mine.id, deletedAt: NOW }]);
  });

  it('keeps an entry changed here after it was deleted there', () => {
    expect(mergeRemote([mine], [], { entries: [], tombstones: [{ id: mine.id, deletedAt: NOW - 20 * DAY }] })).toEqual([]);
  });

  it('does not bring back what was deleted here', () => {
    const theirs = entry(3, { updatedAt: NOW - 5 * DAY });
    expect(mergeRemote([], [{ id: theirs.id, deletedAt: NOW - DAY }], { entries: [theirs], tombstones: [] })).toEqual([]);
  });
});
