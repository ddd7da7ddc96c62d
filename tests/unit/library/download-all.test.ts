import { describe, expect, it } from 'vitest';
import { downloadAll, type DownloadAllProgress } from '../../../lib/library/download-all';
import type { SavedArticle } from '../../../lib/library/types';

const entry = (i: number) => ({ id: `id${i}`, url: `https://news.example/${i}`, title: `Article ${i}` }) as SavedArticle;

describe('downloading every article without its text', () => {
  it('tries each once, a few at a time, and reports each failure with its reason without stopping', async () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(i));
    const attempted: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const updates: DownloadAllProgress[] = [];
    const result = await downloadAll(
      entries,
      async (e) => {
        attempted.push(e.id);
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((r) => setTimeout(r, 5 + (Number(e.id.slice(2)) % 3) * 5));
        running--;
        if (e.id === 'id3' || e.id === 'id7') throw new Error(`site of ${e.id} is down`);
      },
      (err) => (err as Error).message,
      (p) => updates.push(p),
      3,
    );
    expect([...attempted].sort()).toEqual(entries.map((e) => e.id).sort());
    expect(mostAtOnce).toBe(3);
    expect(result.done).toBe(10);
    expect(result.total).toBe(10);
    expect(result.failed.map((f) => [f.entry.id, f.reason]).sort()).toEqual([
      ['id3', 'site of id3 is down'],
      ['id7', 'site of id7 is down'],
    ]);
    expect(updates.map((u) => u.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('does nothing for an empty list', async () => {
    const result = await downloadAll([], async () => {}, String, () => {});
    expect(result).toEqual({ done: 0, total: 0, failed: [] });
  });
});
