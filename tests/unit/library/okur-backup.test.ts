import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportOkurJson } from '@/lib/library/export/okur-json';
import { importFile } from '@/lib/library/import';
import type { SavedArticle } from '@/lib/library/types';
import { libraryId } from '@/lib/library/url';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');
const bytes = (s: string) => new TextEncoder().encode(s);
const deps = { parse: () => { throw new Error('not used'); } };

/** The fixture's first article, written out again by hand. */
const OCTOPUS: SavedArticle = {
  id: '5joowk562g',
  url: 'https://x.example/a',
  title: 'Octopuses dream: a "study"',
  byline: 'Ada Quill',
  siteName: 'X Example',
  lang: 'en',
  dir: 'ltr',
  publishedTime: '2024-05-01',
  savedAt: 1715000000000,
  excerpt: 'Sleep, colour, dreams.',
  leadImage: 'https://x.example/octopus.jpg',
  standfirst: ['They change colour while they sleep.'],
  leadFigure: null,
  content: '<p>Octopuses change colour in their sleep.</p>',
  textContent: 'Octopuses change colour in their sleep.',
  wordCount: 6,
  readingTimeMinutes: 1,
  tags: ['science', 'sea'],
  state: 'archived',
  favorite: true,
  progress: 0.5,
  updatedAt: 1715000500000,
};

const backup = (articles: unknown[], extra: Record<string, unknown> = {}) =>
  bytes(JSON.stringify({ format: 'okur-backup', version: 1, exportedAt: '2026-11-29T10:00:00.000Z', articles, ...extra }));

describe('Okur backup import', () => {
  it('restores a valid record as it was and rejects a bad one by its place in the list', () => {
    const r = importFile('okur-2026-11-29.json', readFileSync(path.join(FIXTURES, 'okur-backup.json')), deps);
    expect(r.format).toBe('Okur backup');
    expect(r.items).toStrictEqual([{ url: 'https://x.example/a', title: 'Octopuses dream: a "study"', record: OCTOPUS }]);
    expect(r.rejected).toEqual([{ file: 'okur-2026-11-29.json', line: null, reason: 'Article 2 of the backup is not restored: its progress is not a number from 0 to 1.' }]);
  });

  it('checks every field’s type, the URL and the id', () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ title: 42 }, 'its title is not a text.'],
      [{ byline: ['Ada'] }, 'its byline is not a text or null.'],
      [{ dir: 'auto' }, 'its dir is not "ltr" or "rtl".'],
      [{ savedAt: '1715000000000' }, 'its savedAt is not a number.'],
      [{ standfirst: ['ok', 3] }, 'its standfirst is not a list of texts.'],
      [{ wordCount: -1 }, 'its wordCount is not a number of at least 0, or null.'],
      [{ tags: 'science' }, 'its tags is not a list of texts.'],
      [{ state: 'deleted' }, 'its state is not "unread" or "archived".'],
      [{ favorite: 1 }, 'its favorite is not true or false.'],
      [{ progress: -0.1 }, 'its progress is not a number from 0 to 1.'],
      [{ updatedAt: null }, 'its updatedAt is not a number.'],
      [{ content: undefined }, 'it has no content.'],
      [{ url: 'javascript:alert(1)//', id: libraryId('javascript:alert(1)//') }, 'its URL “javascript:alert(1)//” is not a web address Okur saves.'],
      [{ url: 'https://x.example/a#comments', id: libraryId('https://x.example/a#comments') }, 'its URL “https://x.example/a#comments” is not a web address Okur saves.'],
      [{ id: 'abc' }, 'its id does not match its URL.'],
    ];
    // JSON drops an undefined value, so "content" is missing from that entry altogether.
    const r = importFile('b.json', backup([...bad.map(([patch]) => ({ ...OCTOPUS, ...patch })), 'not an article']), deps);
    expect(r.items).toEqual([]);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      ...bad.map(([, why], i) => `Article ${i + 1} of the backup is not restored: ${why}`),
      `Article ${bad.length + 1} of the backup is not restored: it is not an article.`,
    ]);
  });

  it('stores only the record’s own fields, whatever else the file adds', () => {
    const text = JSON.stringify({ format: 'okur-backup', version: 1, articles: [{ ...OCTOPUS, isAdmin: true }] }).replace('{"id"', '{"__proto__":{"polluted":true},"id"');
    const r = importFile('b.json', bytes(text), deps);
    expect(r.items[0]?.record).toStrictEqual(OCTOPUS);
    expect(Object.getPrototypeOf(r.items[0]?.record)).toBe(Object.prototype);
  });

  it('counts an article listed twice once', () => {
    const r = importFile('b.json', backup([OCTOPUS, { ...OCTOPUS, title: 'Second copy' }]), deps);
    expect(r.items.map((i) => i.title)).toEqual(['Second copy']);
    expect(r.duplicatesInFile).toBe(1);
  });

  it('refuses a backup from a newer Okur, and one without its list', () => {
    expect(importFile('b.json', backup([OCTOPUS], { version: 2 }), deps)).toEqual({
      items: [],
      duplicatesInFile: 0,
      rejected: [{ file: 'b.json', line: null, reason: 'This backup was made by a newer Okur (backup version 2); update Okur to restore it.' }],
      format: 'Okur backup',
    });
    expect(importFile('b.json', backup([OCTOPUS], { version: '1' }), deps).rejected[0]?.reason).toBe('This Okur backup is damaged: it has no version or no list of articles Okur can read.');
    expect(importFile('b.json', backup([OCTOPUS], { articles: { 0: OCTOPUS } }), deps).rejected[0]?.reason).toBe('This Okur backup is damaged: it has no version or no list of articles Okur can read.');
  });
});

/** A small seeded generator, so a failure can be run again as it was. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const TITLES = [
  'Octopuses dream: a "study"',
  'İstanbul’da metro hattı açıldı, “yeni” istasyonlar',
  'مقالة عن الانتخابات في المنطقة',
  'שלום עולם: חדשות היום',
  'Freibadsaison: Eintritt teurer, sagt die Umfrage',
  '東京の新しい駅が開業',
  'Emoji 🐙 in a title \u2028 with a line separator',
  'Line one\nline two\t"tabbed" \\ backslash',
  '',
];

function generate(count: number): SavedArticle[] {
  const rnd = random(20261129);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = <T,>(v: T): T | null => (rnd() < 0.3 ? null : v);
  return Array.from({ length: count }, (_, i) => {
    const title = `${pick(TITLES)} ${i}`;
    const rtl = /[\u0590-\u06ff]/.test(title);
    const url = `https://site${i % 37}.example/path/${i}/${encodeURIComponent(title.slice(0, 12))}?page=${i % 3}`;
    const content = maybe(`<p dir="${rtl ? 'rtl' : 'ltr'}">${title.replace(/</g, '&lt;')}</p><p>${'word '.repeat(i % 50)}</p>`);
    return {
      id: libraryId(url),
      url,
      title,
      byline: maybe(`Byline ${i} ’ ünï`),
      siteName: maybe(`Site ${i % 37}`),
      lang: maybe(rtl ? 'ar' : pick(['en', 'tr', 'de', 'ja'])),
      dir: rtl ? 'rtl' : 'ltr',
      publishedTime: maybe(new Date(Date.UTC(2000 + (i % 26), i % 12, 1 + (i % 28))).toISOString()),
      savedAt: 1_600_000_000_000 + i * 86_400_123,
      excerpt: maybe(`Excerpt ${i}: ${title}`),
      leadImage: maybe(`https://cdn.example/${i}.jpg`),
      standfirst: i % 4 === 0 ? [] : [`Standfirst ${i}`, title],
      leadFigure: maybe(`<figure><img src="https://cdn.example/${i}.jpg"></figure>`),
      content,
      textContent: content === null ? null : `${title} ${'word '.repeat(i % 50)}`,
      wordCount: content === null ? null : i % 50,
      readingTimeMinutes: content === null ? null : Math.ceil((i % 50) / 200),
      tags: Array.from({ length: i % 4 }, (_, t) => pick(['science', 'Türkiye', 'سياسة', 'long read', 'a|b', `tag${t}`])),
      state: rnd() < 0.4 ? 'archived' : 'unread',
      favorite: rnd() < 0.2,
      progress: pick([0, 1, 0.25, rnd()]),
      updatedAt: 1_600_000_000_000 + i * 86_400_123 + Math.floor(rnd() * 1e6),
    };
  });
}

describe('Okur backup round trip', () => {
  it('gives back 1,000 varied records deep-equal to the originals', () => {
    const articles = generate(1000);
    expect(new Set(articles.map((a) => a.id)).size).toBe(1000);
    const json = exportOkurJson(articles, Date.UTC(2026, 10, 29, 10));
    const r = importFile('okur-2026-11-29.json', bytes(json), deps);
    expect(r.rejected).toEqual([]);
    expect(r.duplicatesInFile).toBe(0);
    expect(r.items).toHaveLength(1000);
    r.items.forEach((item, i) => {
      expect(item.record).toStrictEqual(articles[i]);
      expect(item.url).toBe(articles[i]!.url);
      expect(item.title).toBe(articles[i]!.title);
    });
  });

  it('writes the backup’s header', () => {
    const parsed = JSON.parse(exportOkurJson([OCTOPUS], Date.UTC(2026, 10, 29, 10)));
    expect(parsed).toStrictEqual({ format: 'okur-backup', version: 1, exportedAt: '2026-11-29T10:00:00.000Z', articles: [OCTOPUS] });
  });
});
