import type { Article } from '../extract/types';

/** Where an item is in the reader's list. */
export type ReadState = 'unread' | 'archived';

/**
 * One entry of the reading list, as stored in IndexedDB and written to Okur's JSON backup.
 * `content` null means "not downloaded": the entry came from an import without the article's
 * text, and Okur extracts it when the reader opens it.
 */
export interface SavedArticle {
  /** Stable id derived from the canonical URL (see libraryId), so the same page is saved once. */
  id: string;
  /** Canonical URL. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  publishedTime: string | null;
  /** Milliseconds since the epoch. */
  savedAt: number;
  excerpt: string | null;
  leadImage: string | null;
  standfirst: string[];
  leadFigure: string | null;
  /** Sanitized article HTML, or null when not downloaded yet. */
  content: string | null;
  textContent: string | null;
  wordCount: number | null;
  readingTimeMinutes: number | null;
  tags: string[];
  state: ReadState;
  favorite: boolean;
  /** How far the reader got, 0 to 1. */
  progress: number;
  /** Last change by the reader, milliseconds since the epoch: the later change wins in sync. */
  updatedAt: number;
}

/**
 * An entry as the list shows it (the `listing` store, see listing.ts): everything but the
 * article itself, so the list of 10,000 entries loads in a blink.
 */
export interface ListedArticle
  extends Pick<SavedArticle, 'id' | 'url' | 'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'savedAt' | 'excerpt' | 'wordCount' | 'readingTimeMinutes' | 'tags' | 'state' | 'favorite' | 'progress' | 'updatedAt'> {
  /** false while the text is not downloaded (the entry's content is null). */
  downloaded: boolean;
}

/**
 * What an importer knows of one entry: at least its URL. Everything else is optional and
 * filled with defaults when stored (title falls back to the URL, state to unread).
 */
export interface ImportedItem {
  url: string;
  title?: string;
  savedAt?: number;
  tags?: string[];
  state?: ReadState;
  favorite?: boolean;
  byline?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  /** Article HTML from the export (Omnivore's content/*.html, Okur's backup); sanitized on store. */
  content?: string | null;
  /** How far the reader got in the service they come from, 0 to 1. */
  progress?: number;
  /** A full record, from Okur's own backup: restored as it was. */
  record?: SavedArticle;
  /** The article read from `content` by the extraction core, as a saved article would have it. */
  article?: ArticleFields;
}

/** One line or entry an importer could not take, and why, in a sentence for the user. */
export interface Rejection {
  /** File name inside the import (a zip holds several). */
  file: string;
  /** 1-based line number for CSV/HTML/JSON lines; null when the file as a whole is rejected. */
  line: number | null;
  reason: string;
}

export interface ImportResult {
  /** Items to store, duplicates within the file already merged. */
  items: ImportedItem[];
  /** Items that appeared more than once within the import itself. */
  duplicatesInFile: number;
  rejected: Rejection[];
  /** Which format was recognised, in words for the user ("Pocket CSV export"). */
  format: string;
}

/** The article fields a saved entry shares with what the popup shows. */
export type ArticleFields = Pick<Article, 'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt' | 'leadImage' | 'standfirst' | 'leadFigure' | 'content' | 'textContent' | 'wordCount' | 'readingTimeMinutes'>;
