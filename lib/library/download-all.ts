import type { SavedArticle } from './types';

/** What downloading needs of an entry, and what a failure report names. */
export type DownloadEntry = Pick<SavedArticle, 'id' | 'url' | 'title'>;

/**
 * Downloading every article saved without its text, a few at a time: enough to be quick, few
 * enough not to hammer one site. One failure never stops the rest; each is reported with its
 * reason, so the reader knows which articles still need their original page.
 */
export const DOWNLOAD_ALL_CONCURRENCY = 3;

export interface DownloadAllProgress {
  done: number;
  total: number;
  failed: { entry: DownloadEntry; reason: string }[];
}

export async function downloadAll<T extends DownloadEntry>(
  entries: readonly T[],
  download: (entry: T) => Promise<unknown>,
  reasonOf: (err: unknown) => string,
  onProgress: (progress: DownloadAllProgress) => void,
  concurrency = DOWNLOAD_ALL_CONCURRENCY,
): Promise<DownloadAllProgress> {
  const progress: DownloadAllProgress = { done: 0, total: entries.length, failed: [] };
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++]!;
      try {
        await download(entry);
      } catch (err) {
        progress.failed.push({ entry, reason: reasonOf(err) });
      }
      progress.done++;
      onProgress({ ...progress, failed: [...progress.failed] });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, entries.length)) }, worker));
  return progress;
}
