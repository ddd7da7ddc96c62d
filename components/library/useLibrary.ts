import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LibraryError } from '@/lib/library/errors';
import { SearchClient } from '@/lib/library/search-client';
import { FIRST_SCREEN_ROWS, rememberedFirstScreen, rememberFirstScreen } from '@/lib/library/first-screen';
import { listFirstUnread, listListed, watchLibrary } from '@/lib/library/store';
import type { ListedArticle } from '@/lib/library/types';
import type { SearchCoverage } from '@/lib/messages';
import { t } from '@/lib/i18n';

/**
 * Rows shown at first and added by each "Show more": two screenfuls. Every row drawn costs time
 * on each keystroke of a search, and a reader scanning results reads the first few.
 */
export const PAGE_ROWS = FIRST_SCREEN_ROWS;

interface EarlyReads {
  /** The first screen as remembered (first-screen.ts): answers in a few milliseconds. */
  remembered: Promise<ListedArticle[] | null>;
  /** The first screen as the database has it: the last word. */
  stored: Promise<ListedArticle[]>;
}
let early: EarlyReads | null = null;

function startReads(): EarlyReads {
  return { remembered: rememberedFirstScreen(), stored: listFirstUnread(PAGE_ROWS) };
}

/**
 * Starts reading the first screen's rows. The library page calls it before it draws anything,
 * so storage and the database answer while the page builds itself, not after its first frame.
 */
export function readFirstRowsEarly(): void {
  early ??= startReads();
}

export interface SearchState {
  /** The query these hits answer: the list shows them, whatever is being typed meanwhile. */
  query: string;
  /** Goes up with each new query answered, not when the same one is answered again with more text read. */
  generation: number;
  hits: string[] | null;
  /** How much of the full text was searched; null before the worker said. */
  coverage: SearchCoverage | null;
  failed: boolean;
}

/**
 * The reading list as the list shows it (no article text), reloaded whenever any Okur page
 * changes it. The newest unread rows are read first, on their own, so the first screen does not
 * wait for a list of 10,000; until the database has answered, they are the rows remembered
 * from the last time (first-screen.ts).
 */
export function useLibrary() {
  const [articles, setArticles] = useState<ListedArticle[] | null>(null);
  const [firstRows, setFirstRows] = useState<ListedArticle[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A layout effect runs as soon as the tree is built, not after the first frame is painted:
  // the rows go on screen the moment storage or the database answers.
  useLayoutEffect(() => {
    let live = true;
    const fail = (err: unknown) => live && setError(err instanceof LibraryError ? err.message : t('openListFailed'));
    const load = () =>
      listListed().then((list) => {
        if (!live) return;
        setArticles(list);
        setError(null);
      }, fail);
    // One read at a time: the database answers in order, so the whole list (and the search
    // worker's reading, see useSearch) would hold up the first screen's few rows.
    // The whole list is read once the first rows are painted: taking in 10,000 entries holds the
    // page's thread for a moment, and that moment should not come before the first screen.
    const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const reads = early ?? startReads();
    early = null;
    // The remembered rows stand in until the database answers, never after.
    let storedArrived = false;
    void reads.remembered.then((rows) => live && !storedArrived && rows && setFirstRows(rows));
    void reads.stored
      .then((rows) => {
        storedArrived = true;
        if (!live) return;
        setFirstRows(rows);
        void reads.remembered.then((remembered) => rememberFirstScreen(rows, remembered));
      }, (err: unknown) => {
        storedArrived = true;
        if (live) setFirstRows(null);
        fail(err);
      })
      .then(afterPaint)
      .then(() => load());
    const stop = watchLibrary(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);

  return { articles, firstRows, error };
}

/**
 * Full-text search in a worker, started once `start` is true (after the list is on screen);
 * answers the latest query and asks again as the worker learns more.
 */
export function useSearch(start: boolean): SearchState & { ask(query: string): void } {
  const [state, setState] = useState<SearchState>({ query: '', generation: 0, hits: null, coverage: null, failed: false });
  const client = useRef<SearchClient | null>(null);
  const latest = useRef('');

  useEffect(() => {
    if (!start) return;
    const c = new SearchClient({
      onAnswer: (a) => setState((s) => ({ ...s, query: a.query, generation: s.generation + (a.query === s.query ? 0 : 1), hits: a.ids, coverage: a.coverage })),
      onStale: (coverage) => {
        if (coverage) setState((s) => ({ ...s, coverage }));
        if (latest.current.trim()) c.search(latest.current);
      },
      onFailed: () => setState((s) => ({ ...s, failed: true })),
    });
    client.current = c;
    if (latest.current.trim()) c.search(latest.current);
    return () => c.close();
  }, [start]);

  // Called straight from the input event, so the worker searches while the page renders the keystroke.
  const ask = useCallback((next: string) => {
    latest.current = next;
    // An empty query filters nothing: no need to wait for the worker.
    if (!next.trim()) {
      client.current?.cancel();
      setState((s) => ({ ...s, query: next, generation: s.generation + (next === s.query ? 0 : 1), hits: null }));
    } else client.current?.search(next);
  }, []);

  return { ...state, ask };
}
