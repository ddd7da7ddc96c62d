import { describe, expect, it } from 'vitest';
import { LibrarySearch } from '@/lib/library/search';
import type { SavedArticle } from '@/lib/library/types';
import { allTags, applyView, DEFAULT_VIEW, parseTags, searchHitsInView } from '@/lib/library/view';

function entry(id: string, over: Partial<SavedArticle>): SavedArticle {
  return {
    id, url: `https://news.example/${id}`, title: id, byline: null, siteName: 'News Example', lang: 'en', dir: 'ltr',
    publishedTime: null, savedAt: 0, excerpt: null, leadImage: null, standfirst: [], leadFigure: null,
    content: '<p>x</p>', textContent: '', wordCount: 1, readingTimeMinutes: 1, tags: [], state: 'unread',
    favorite: false, progress: 0, updatedAt: 0, ...over,
  };
}

const LIST = [
  entry('poutine', { title: 'Poutine et Kim Jong-Un se sont rencontrés', lang: 'fr', savedAt: 300, publishedTime: '2024-06-19', tags: ['politique', 'Asie'], textContent: 'Accord de Partenariat Stratégique Global à Pyongyang' }),
  entry('freibad', { title: 'Freibadsaison: Eintritt deutlich teurer', lang: 'de', savedAt: 100, publishedTime: '2024-06-20', state: 'archived', textContent: 'Das Rheinbad in Kesselfeld' }),
  entry('istanbul', { title: 'İstanbul’da metro hattı açıldı', lang: 'tr', savedAt: 200, favorite: true, tags: ['Türkiye'], textContent: 'Yeni hat Kadıköy ile Ataşehir arasında' }),
  entry('bikes', { title: 'Council approves bike lanes', savedAt: 400, publishedTime: '2024-05-14', textContent: 'protected bike lane network' }),
];

const ids = (list: SavedArticle[]) => list.map((a) => a.id);

describe('library view', () => {
  it('shows unread entries, newest saved first, by default', () => {
    expect(ids(applyView(LIST, DEFAULT_VIEW))).toEqual(['bikes', 'poutine', 'istanbul']);
  });

  it('filters archived and favorites', () => {
    expect(ids(applyView(LIST, { ...DEFAULT_VIEW, filter: 'archived' }))).toEqual(['freibad']);
    expect(ids(applyView(LIST, { ...DEFAULT_VIEW, filter: 'favorites' }))).toEqual(['istanbul']);
  });

  it('filters by tag', () => {
    expect(ids(applyView(LIST, { ...DEFAULT_VIEW, filter: 'all', tag: 'Asie' }))).toEqual(['poutine']);
  });

  it('sorts by published date, undated entries last', () => {
    expect(ids(applyView(LIST, { filter: 'all', sort: 'published-newest', tag: null }))).toEqual(['freibad', 'poutine', 'bikes', 'istanbul']);
    expect(ids(applyView(LIST, { filter: 'all', sort: 'published-oldest', tag: null }))).toEqual(['bikes', 'poutine', 'freibad', 'istanbul']);
  });

  it('lists tags alphabetically, once each', () => {
    expect(allTags(LIST)).toEqual(['Asie', 'politique', 'Türkiye']);
  });

  it('reads a comma-separated tag list', () => {
    expect(parseTags(' politics, Türkiye ,,  Politics , long   read ')).toEqual(['politics', 'Türkiye', 'long read']);
  });
});

describe('library search', () => {
  const index = new LibrarySearch();
  for (const a of LIST) index.set(a);
  const all = { ...DEFAULT_VIEW, filter: 'all' as const };
  const byId = new Map(LIST.map((a) => [a.id, a]));
  const found = (query: string) => searchHitsInView(byId, all, index.search(query) ?? []);

  it('finds words of the full text, not only titles', () => {
    expect(ids(found('Pyongyang'))).toEqual(['poutine']);
    expect(ids(found('Rheinbad'))).toEqual(['freibad']);
  });

  it('matches as the reader types (prefixes), ignoring accents and Turkish dotted capitals', () => {
    expect(ids(found('rencon'))).toEqual(['poutine']);
    expect(ids(found('strategique'))).toEqual(['poutine']);
    expect(ids(found('istanbul'))).toEqual(['istanbul']);
    expect(ids(found('kadikoy'))).toEqual(['istanbul']);
  });

  it('keeps the search’s order and the view’s filter and tag, from the hits alone', () => {
    const hits = ['istanbul', 'gone-since', 'freibad', 'poutine', 'bikes'];
    expect(ids(searchHitsInView(byId, all, hits))).toEqual(['istanbul', 'freibad', 'poutine', 'bikes']);
    expect(ids(searchHitsInView(byId, DEFAULT_VIEW, hits))).toEqual(['istanbul', 'poutine', 'bikes']);
    expect(ids(searchHitsInView(byId, { ...all, filter: 'favorites' }, hits))).toEqual(['istanbul']);
    expect(ids(searchHitsInView(byId, { ...all, tag: 'Asie' }, hits))).toEqual(['poutine']);
  });

  it('needs every word to match', () => {
    expect(ids(found('bike council'))).toEqual(['bikes']);
    expect(index.search('bike Pyongyang')).toEqual([]);
  });

  it('does not filter on an empty query', () => {
    expect(index.search('   ')).toBeNull();
  });
});
