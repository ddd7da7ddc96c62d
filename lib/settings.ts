import { storage } from 'wxt/utils/storage';
import type { ListedArticle } from './library/types';
import { DEFAULT_READING, type ReadingSettings } from './reading-settings';
import { DEFAULT_TEXT_SIZE } from './text-size';

/**
 * Every stored setting, declared once with its default. Versions start at 1 so that later
 * releases can migrate what earlier ones stored.
 */


export const textSizeSetting = storage.defineItem<number>('local:textSize', {
  fallback: DEFAULT_TEXT_SIZE,
  version: 1,
});

/** Font, theme, line height, width, alignment (lib/reading-settings.ts). */
export const readingSetting = storage.defineItem<ReadingSettings>('local:reading', {
  fallback: DEFAULT_READING,
  version: 1,
});

/** The last sync between this device and the browser's sync storage, for the library to show. */
export interface SyncStatus {
  lastSyncAt: number | null;
  /** Entries in this device's list, and how many of them fit in sync storage. */
  total: number;
  synced: number;
  /** A sentence for the reader when the last sync failed; the local list is intact. */
  error: string | null;
}

export const syncStatusSetting = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: { lastSyncAt: null, total: 0, synced: 0, error: null },
  version: 1,
});

/** The library's first rows as last read, drawn before the database opens (library/first-screen.ts). */
export const firstScreenSetting = storage.defineItem<ListedArticle[] | null>('local:libraryFirstScreen', {
  fallback: null,
  version: 1,
});
