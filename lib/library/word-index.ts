/**
 * Which entries hold a word starting with a given term: the full-text half of the library's
 * search (search.ts). Words arrive already folded and split.
 *
 * Each distinct word keeps the list of entries it occurs in, and words are grouped by their
 * first character, so a term finds its words in one group and the entries by walking their
 * lists: "k" over 10,000 articles touches a few hundred thousand numbers and no
 * text at all, where scanning the text of every entry took tens of milliseconds per keystroke.
 *
 * Entries are numbered by slot. Replacing or removing an entry retires its slot instead of
 * editing the lists of its hundreds of words; retired slots are skipped when a term is looked
 * up, and swept out of the lists once retirements since the last sweep reach half of all slots.
 */

/** Words are grouped by their first character: a group is a small part of all words, and a one-letter term is one group. */
const GROUP_CHARS = 1;

export class WordIndex {
  /** Slot → entry id; null once the entry was replaced or removed. */
  private readonly slots: (string | null)[] = [];
  /** Entry id → its live slot. */
  private readonly slotOf = new Map<string, number>();
  /** Word → the slots of the entries holding it, in ascending order. */
  private readonly postings = new Map<string, number[]>();
  /** The first GROUP_CHARS characters → the words starting with them. */
  private readonly groups = new Map<string, string[]>();
  private retired = 0;

  get size(): number {
    return this.slotOf.size;
  }

  /** Indexes the entry with these words, replacing what it was indexed with before. */
  set(id: string, words: Iterable<string>): void {
    this.remove(id);
    const slot = this.slots.length;
    this.slots.push(id);
    this.slotOf.set(id, slot);
    for (const word of new Set(words)) if (word) this.post(word, slot);
  }

  /** Ids of the entries holding, for every term, a word that starts with it. */
  matching(terms: readonly string[]): Set<string> {
    const ids = new Set<string>();
    if (terms.length === 0 || terms.some((term) => !term)) return ids;
    // One mark per slot: how many of the terms it has matched so far. A slot counts for a term
    // once however many of its words start with it, since only slots at the previous count move on.
    const marks = new Uint16Array(this.slots.length);
    terms.forEach((term, i) => {
      for (const word of this.wordsStartingWith(term)) {
        const list = this.postings.get(word)!;
        for (let k = 0; k < list.length; k++) if (marks[list[k]!] === i) marks[list[k]!] = i + 1;
      }
    });
    for (let slot = 0; slot < marks.length; slot++) {
      const id = this.slots[slot];
      if (marks[slot] === terms.length && id !== null && id !== undefined) ids.add(id);
    }
    return ids;
  }

  private wordsStartingWith(term: string): string[] {
    const group = this.groups.get(term.slice(0, GROUP_CHARS)) ?? [];
    return term.length === GROUP_CHARS ? group : group.filter((word) => word.startsWith(term));
  }

  private post(word: string, slot: number): void {
    const list = this.postings.get(word);
    if (list) {
      list.push(slot);
      return;
    }
    this.postings.set(word, [slot]);
    const key = word.slice(0, GROUP_CHARS);
    const group = this.groups.get(key);
    if (group) group.push(word);
    else this.groups.set(key, [word]);
  }

  /** Forgets the entry; its slot is swept with the others once half of all slots are free. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slots[slot] = null;
    this.slotOf.delete(id);
    if (++this.retired * 2 > this.slots.length && this.retired > 64) this.sweep();
  }

  /** Drops retired slots from every list, and words no live entry holds any more. */
  private sweep(): void {
    for (const [word, list] of this.postings) {
      const kept = list.filter((slot) => this.slots[slot] !== null);
      if (kept.length > 0) this.postings.set(word, kept);
      else this.postings.delete(word);
    }
    for (const [key, words] of this.groups) {
      const kept = words.filter((word) => this.postings.has(word));
      if (kept.length > 0) this.groups.set(key, kept);
      else this.groups.delete(key);
    }
    this.retired = 0;
  }
}
