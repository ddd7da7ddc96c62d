/**
 * The `okur-library` channel: every change to the reading list is announced on it (store.ts),
 * so open library pages, and their search workers, refresh. Nothing here touches the browser's
 * extension APIs, so a worker can listen too.
 */
export const LIBRARY_CHANNEL = 'okur-library';

export type LibraryChange = { type: 'changed'; ids: string[] };

/** Calls `onChange` whenever any Okur page changes the list; returns the unsubscribe. */
export function watchLibrary(onChange: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.onmessage = (e: MessageEvent<LibraryChange>) => onChange(e.data);
  return () => channel.close();
}

/** Tells every other Okur context listening (pages, workers) that these entries changed. */
export function announceOnChannel(change: LibraryChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.postMessage(change);
  channel.close();
}
