import { describe, expect, it } from 'vitest';
import { fold, LibrarySearch, queryTerms, wordsOf, type SearchEntry } from '@/lib/library/search';

function entry(id: string, over: Partial<SearchEntry>): SearchEntry {
  return { id, title: id, siteName: null, byline: null, tags: [], savedAt: 0, textContent: '', ...over };
}

describe('search terms', () => {
  it('folds accents, case and the Turkish dotless and dotted i', () => {
    expect(fold('Corée İSTANBUL Kadıköy ŞİŞLİ')).toBe('coree istanbul kadikoy sisli');
    expect(queryTerms('  Poutine, Kim-Jong ')).toEqual(['poutine', 'kim', 'jong']);
    expect(queryTerms(' … ')).toEqual([]);
  });

  it('splits folded text into words at anything but letters and digits', () => {
    expect(wordsOf('l’ecole, 2024: se sont rencontres')).toEqual(['l', 'ecole', '2024', 'se', 'sont', 'rencontres']);
    expect(wordsOf(' … ')).toEqual([]);
  });
});

describe('library search', () => {
  const build = (entries: SearchEntry[]) => {
    const s = new LibrarySearch();
    for (const e of entries) s.set(e);
    return s;
  };

  it('ranks title, site, author and tag matches first, then text-only matches newest first', () => {
    const s = build([
      entry('old-text', { title: 'Budget vote', savedAt: 1, textContent: 'the metro line opens' }),
      entry('new-text', { title: 'Council news', savedAt: 3, textContent: 'a new metro station' }),
      entry('title', { title: 'Metro hattı açıldı', savedAt: 2, textContent: 'Kadıköy' }),
      entry('none', { title: 'Weather', savedAt: 4, textContent: 'rain' }),
    ]);
    expect(s.search('metro')).toEqual(['title', 'new-text', 'old-text']);
  });

  it('finds titles with a small typo, text only as typed', () => {
    const s = build([entry('poutine', { title: 'Poutine et Kim Jong-Un', textContent: 'Pyongyang' })]);
    expect(s.search('poutina')).toEqual(['poutine']);
    expect(s.search('pyongyanh')).toEqual([]);
  });

  it('answers a one-letter term from every word, newest saved first, without ranking titles', () => {
    const s = build([
      entry('old-title', { title: 'Kadıköy metro', savedAt: 1, textContent: '' }),
      entry('new-text', { title: 'Budget', savedAt: 3, textContent: 'the key vote' }),
      entry('none', { title: 'Weather', savedAt: 4, textContent: 'rain' }),
    ]);
    expect(s.search('k')).toEqual(['new-text', 'old-title']);
  });

  it('allows a typo in titles only from four letters on', () => {
    const s = build([entry('list', { title: 'Shopping list', textContent: '' }), entry('poutine', { title: 'Poutine', textContent: '' })]);
    expect(s.search('ist')).toEqual([]);
    expect(s.search('poutina')).toEqual(['poutine']);
  });

  it('needs every term, in any field', () => {
    const s = build([entry('bikes', { title: 'Council approves bike lanes', textContent: 'protected lanes' })]);
    expect(s.search('council protected')).toEqual(['bikes']);
    expect(s.search('council pyongyang')).toEqual([]);
  });

  it('matches the start of a word in the text, not its middle', () => {
    const s = build([entry('list', { title: 'Groceries', textContent: 'a shopping list' }), entry('city', { title: 'Travel', textContent: 'l’İstanbul de Kadıköy' })]);
    expect(s.search('ist')).toEqual(['city']);
    expect(s.search('kadik')).toEqual(['city']);
    expect(s.search('ping')).toEqual([]);
  });

  it('answers each keystroke, with entries added in between', () => {
    const s = build([entry('a', { textContent: 'government' }), entry('b', { textContent: 'governor' })]);
    expect(s.search('gov')?.sort()).toEqual(['a', 'b']);
    expect(s.search('gove')?.sort()).toEqual(['a', 'b']);
    // An entry added after "gove" must be found by "gover" although it was not among the previous answers.
    s.set(entry('c', { textContent: 'governance' }));
    expect(s.search('gover')?.sort()).toEqual(['a', 'b', 'c']);
    expect(s.search('governm')).toEqual(['a']);
    // Going back (a deleted letter) searches everything again.
    expect(s.search('gover')?.sort()).toEqual(['a', 'b', 'c']);
  });

  it('replaces an entry that changed and forgets a removed one', () => {
    const s = build([entry('a', { title: 'First title', textContent: 'alpha' })]);
    s.set(entry('a', { title: 'Second title', textContent: 'beta' }));
    expect(s.search('first')).toEqual([]);
    expect(s.search('alpha')).toEqual([]);
    expect(s.search('beta')).toEqual(['a']);
    s.remove('a');
    expect(s.search('second')).toEqual([]);
    expect(s.size).toBe(0);
  });

  it('does not filter on an empty query', () => {
    expect(build([entry('a', {})]).search(' , ')).toBeNull();
  });
});
