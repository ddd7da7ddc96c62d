import type { SavedArticle } from '../types';

/**
 * Okur's own backup: every field of every entry, so restoring it gives the list back as it was.
 * The version says how to read `articles`; an Okur that meets a newer one refuses it rather
 * than guess at fields it does not know.
 */
export const OKUR_BACKUP_FORMAT = 'okur-backup';
export const OKUR_BACKUP_VERSION = 1;

export interface OkurBackup {
  format: typeof OKUR_BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  articles: SavedArticle[];
}

export function exportOkurJson(articles: readonly SavedArticle[], now: number): string {
  const backup: OkurBackup = { format: OKUR_BACKUP_FORMAT, version: OKUR_BACKUP_VERSION, exportedAt: new Date(now).toISOString(), articles: [...articles] };
  return JSON.stringify(backup);
}
