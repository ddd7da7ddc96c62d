import { firstScreenSetting } from '../settings';
import { listFirstUnread } from './store';
import type { ListedArticle } from './types';

/**
 * The library's first screen, remembered. Opening IndexedDB takes from a few tens to several
 * hundred milliseconds (more the larger the list, and after the browser has closed the database
 * for being idle); the extension's own storage answers in a few. So the newest unread rows, as
 * last read, are kept there: library.html draws them at once and puts what the database says in
 * their place as soon as it answers (useLibrary).
 *
 * Kept current by whoever changes the list: the background refreshes it after every change
 * (its own, and those pages report), and library.html each time it reads the rows itself.
 * Two refreshes racing can leave it a change behind; the next open of the library shows it for
 * a moment and corrects it, since the database always has the last word.
 */

/** Rows on the first screen, and in each "Show more". */
export const FIRST_SCREEN_ROWS = 20;

/** The rows as last remembered; null when none are (first open, or storage unreadable). */
export async function rememberedFirstScreen(): Promise<ListedArticle[] | null> {
  try {
    return await firstScreenSetting.getValue();
  } catch {
    return null;
  }
}

/** Remembers these rows as the first screen, unless they are what is remembered already. */
export async function rememberFirstScreen(rows: readonly ListedArticle[], remembered?: readonly ListedArticle[] | null): Promise<void> {
  if (remembered !== undefined && JSON.stringify(remembered) === JSON.stringify(rows)) return;
  await firstScreenSetting.setValue([...rows]).catch(() => {
    // Only a shortcut: without it the library reads the database first, as it always can.
  });
}

let refreshing: Promise<void> = Promise.resolve();

/** Reads the first screen from the database and remembers it; refreshes run one after another. */
export function refreshFirstScreen(): Promise<void> {
  refreshing = refreshing.then(async () => {
    const rows = await listFirstUnread(FIRST_SCREEN_ROWS).catch(() => null);
    if (rows) await rememberFirstScreen(rows, await rememberedFirstScreen());
  });
  return refreshing;
}
