import type { PageToSearchWorkerMessage, SearchCoverage, SearchWorkerToPageMessage } from '../messages';

export interface SearchAnswer {
  query: string;
  /** Matching ids, best first; null for an empty query. */
  ids: string[] | null;
  coverage: SearchCoverage;
}

export interface SearchClientEvents {
  /** The answer to the latest query; earlier answers arriving late are dropped. */
  onAnswer(answer: SearchAnswer): void;
  /** The worker read more of the list's text, or took in a change: ask again. */
  onStale(coverage: SearchCoverage | null): void;
  onFailed(): void;
}

/** The library page's end of the search worker (search-worker.ts). */
export class SearchClient {
  private readonly worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  private seq = 0;
  private readonly queries = new Map<number, string>();

  constructor(events: SearchClientEvents) {
    this.worker.onmessage = (e: MessageEvent<SearchWorkerToPageMessage>) => {
      const m = e.data;
      if (m.type === 'results') {
        const query = this.queries.get(m.seq);
        this.queries.delete(m.seq);
        if (m.seq === this.seq && query !== undefined) events.onAnswer({ query, ids: m.ids, coverage: m.coverage });
      } else if (m.type === 'progress') {
        events.onStale(m.coverage);
      } else if (m.type === 'changed') {
        events.onStale(null);
      } else {
        events.onFailed();
      }
    };
    this.worker.onerror = () => events.onFailed();
  }

  search(query: string): void {
    this.seq++;
    this.queries.clear();
    this.queries.set(this.seq, query);
    this.worker.postMessage({ type: 'query', seq: this.seq, query } satisfies PageToSearchWorkerMessage);
  }

  /** Forgets the query in flight: its answer will be dropped. */
  cancel(): void {
    this.seq++;
    this.queries.clear();
  }

  close(): void {
    this.worker.terminate();
  }
}
