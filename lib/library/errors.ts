import { t, type PlainKey } from '../i18n';

/**
 * Every way the reading list can fail, with the sentence the reader sees. Callers show
 * `message`; nothing was changed when one of these is thrown (each write is one transaction).
 */
export type LibraryErrorKind = 'quota' | 'unavailable' | 'not-found' | 'invalid' | 'unknown';

const MESSAGES: Record<LibraryErrorKind, PlainKey> = {
  quota: 'errorQuota',
  unavailable: 'errorUnavailable',
  'not-found': 'articleNotInList',
  invalid: 'errorInvalid',
  unknown: 'errorUnknown',
};

export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(
    readonly kind: LibraryErrorKind,
    detail?: string,
  ) {
    super(detail ? `${t(MESSAGES[kind])} (${detail})` : t(MESSAGES[kind]));
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
