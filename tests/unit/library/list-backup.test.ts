import { describe, expect, it } from 'vitest';
import { parseListBackup, restoredRecord, worthBackingUp } from '@/lib/library/backup';
import { toListing } from '@/lib/library/listing';
import type { SavedArticle } from '@/lib/library/types';

const saved: SavedArticle = {
  id: 'a1',
  url: 'https://news.example/2024/06/19/sommet',
  title: 'Poutine et Kim Jong-Un signent un pacte',
  byline: 'Anne Martin',
  siteName: 'Gündem Haber',
  lang: 'fr',
  dir: 'ltr',
  publishedTime: '2024-06-19',
  savedAt: 1_718_800_000_000,
  excerpt: 'Le président russe est arrivé à Pyongyang.',
  leadImage: 'https://news.example/img/sommet.jpg',
  standfirst: ['Une visite rare.'],
  leadFigure: '<figure><img src="https://news.example/img/sommet.jpg"></figure>',
  content: '<p>Le président russe est arrivé à Pyongyang.</p>',
  textContent: 'Le président russe est arrivé à Pyongyang.',
  wordCount: 7,
  readingTimeMinutes: 1,
  tags: ['monde', 'asie'],
  state: 'archived',
  favorite: true,
  progress: 0.4,
  updatedAt: 1_718_900_000_000,
};

describe('the reading list backup', () => {
  it('puts an entry back with everything the list knew of it, and its text to download again', () => {
    const back = restoredRecord(toListing(saved));
    expect(back).toEqual({ ...saved, leadImage: null, standfirst: [], leadFigure: null, content: null, textContent: null });
    expect(back).not.toHaveProperty('downloaded');
  });

  it('reads a backup file it wrote', () => {
    const text = JSON.stringify({ format: 1, writtenAt: 5, entries: [toListing(saved)], tombstones: [{ id: 'gone', deletedAt: 3 }] });
    expect(parseListBackup(text)).toEqual({ format: 1, writtenAt: 5, entries: [toListing(saved)], tombstones: [{ id: 'gone', deletedAt: 3 }] });
  });

  it('restores nothing from a file that is not a backup, and drops entries without an id or address', () => {
    expect(parseListBackup('')).toBeNull();
    expect(parseListBackup('{"format":1,"writtenAt":5,"entries":[')).toBeNull();
    expect(parseListBackup('[]')).toBeNull();
    expect(parseListBackup(JSON.stringify({ format: 2, writtenAt: 5, entries: [], tombstones: [] }))).toBeNull();
    expect(parseListBackup(JSON.stringify({ format: 1, entries: [], tombstones: [] }))).toBeNull();
    const mixed = parseListBackup(JSON.stringify({ format: 1, writtenAt: 5, entries: [toListing(saved), { id: 7 }, null, { url: 'https://x.example/' }], tombstones: [{ id: 'x' }, { id: 'y', deletedAt: 1 }] }));
    expect(mixed?.entries.map((e) => e.id)).toEqual(['a1']);
    expect(mixed?.tombstones).toEqual([{ id: 'y', deletedAt: 1 }]);
  });

  it('never replaces the backup with a list that has neither entries nor deletions (a reset database)', () => {
    expect(worthBackingUp([], [])).toBe(false);
    expect(worthBackingUp([toListing(saved)], [])).toBe(true);
    // Everything deleted by the reader: the tombstones say so, and that is backed up.
    expect(worthBackingUp([], [{ id: 'a1', deletedAt: 1 }])).toBe(true);
  });
});
