/**
 * Every way the reading list can fail, with the sentence the reader sees. Callers show
 * `message`; nothing was changed when one of these is thrown (each write is one transaction).
 */
export type LibraryErrorKind = 'quota' | 'unavailable' | 'not-found' | 'invalid' | 'unknown';

const MESSAGES: Record<LibraryErrorKind, string> = {
  quota: 'Your browser has no room left for Okur to save this. Nothing was lost: free some disk space or delete saved articles, then try again.',
  unavailable: "Okur can't open its reading list in this browser window (private windows may not allow it). Nothing was changed.",
  'not-found': 'This article is no longer in your reading list.',
  invalid: "Okur couldn't save this because the article's data is incomplete. Nothing was changed.",
  unknown: 'Okur could not update your reading list. Nothing was changed; please try again.',
};

export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(
    readonly kind: LibraryErrorKind,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind]);
  }
}

/** The LibraryError for whatever IndexedDB threw. */
export function libraryErrorFrom(err: unknown): LibraryError {
  if (err instanceof LibraryError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') return new LibraryError('quota');
  if (name === 'InvalidStateError' || name === 'SecurityError') return new LibraryError('unavailable');
  if (name === 'DataError' || name === 'ConstraintError') return new LibraryError('invalid', name);
  return new LibraryError('unknown', err instanceof Error ? err.message : String(err));
}
