import { describe, expect, it } from 'vitest';
import { WordIndex } from '@/lib/library/word-index';

const sorted = (ids: Set<string>) => [...ids].sort();

describe('word index', () => {
  const index = () => {
    const w = new WordIndex();
    w.set('fr', ['poutine', 'et', 'kim', 'se', 'sont', 'rencontres', 'a', 'pyongyang']);
    w.set('tr', ['kadikoy', 'da', 'yeni', 'metro', 'hatti', 'istanbul']);
    w.set('ru', ['путин', 'и', 'ким', 'встретились']);
    w.set('ar', ['لقاء', 'في', 'بيونغ', 'يانغ']);
    return w;
  };

  it('finds entries holding a word that starts with the term, in any script', () => {
    const w = index();
    expect(sorted(w.matching(['rencon']))).toEqual(['fr']);
    expect(sorted(w.matching(['ist']))).toEqual(['tr']);
    expect(sorted(w.matching(['ки']))).toEqual(['ru']);
    expect(sorted(w.matching(['بيو']))).toEqual(['ar']);
    expect(sorted(w.matching(['pyongyang']))).toEqual(['fr']);
  });

  it('does not match inside a word, or a term longer than the word', () => {
    const w = index();
    expect(sorted(w.matching(['ontres']))).toEqual([]);
    expect(sorted(w.matching(['pyongyangs']))).toEqual([]);
    expect(sorted(w.matching(['']))).toEqual([]);
  });

  it('takes one-letter terms and one-letter words', () => {
    const w = index();
    expect(sorted(w.matching(['k']))).toEqual(['fr', 'tr']);
    expect(sorted(w.matching(['a']))).toEqual(['fr']);
    expect(sorted(w.matching(['и']))).toEqual(['ru']);
    expect(sorted(w.matching(['p']))).toEqual(['fr']);
  });

  it('needs a word for every term', () => {
    const w = index();
    expect(sorted(w.matching(['kim', 'pyong']))).toEqual(['fr']);
    expect(sorted(w.matching(['kim', 'metro']))).toEqual([]);
    expect(sorted(w.matching(['k', 'k', 'ist']))).toEqual(['tr']);
    expect(sorted(w.matching([]))).toEqual([]);
  });

  it('lists an entry once however many of its words match', () => {
    const w = new WordIndex();
    w.set('a', ['gov', 'government', 'governor', 'government']);
    expect([...w.matching(['gov'])]).toEqual(['a']);
  });

  it('replaces an entry’s words and forgets a removed entry', () => {
    const w = index();
    w.set('fr', ['macron', 'a', 'berlin']);
    expect(sorted(w.matching(['poutine']))).toEqual([]);
    expect(sorted(w.matching(['berl']))).toEqual(['fr']);
    w.remove('tr');
    expect(sorted(w.matching(['metro']))).toEqual([]);
    expect(w.size).toBe(3);
  });

  it('stays right after many replacements and removals renumber it', () => {
    const w = new WordIndex();
    for (let i = 0; i < 200; i++) w.set(`e${i}`, [`word${i}`, i % 2 ? 'odd' : 'even']);
    for (let i = 0; i < 200; i += 2) w.remove(`e${i}`);
    for (let i = 1; i < 200; i += 4) w.set(`e${i}`, ['changed']);
    expect(w.size).toBe(100);
    expect(w.matching(['even']).size).toBe(0);
    expect(w.matching(['odd']).size).toBe(50);
    expect(w.matching(['changed']).size).toBe(50);
    expect(sorted(w.matching(['word199']))).toEqual(['e199']);
    // Left with their own word: odd numbers that are 3 more than a multiple of 4.
    expect(sorted(w.matching(['word19']))).toEqual(['e19', 'e191', 'e195', 'e199']);
    expect(sorted(w.matching(['word17']))).toEqual(['e171', 'e175', 'e179']);
  });
});
