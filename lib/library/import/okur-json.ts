import { OKUR_BACKUP_FORMAT, OKUR_BACKUP_VERSION } from '../export/okur-json';
import type { ImportResult, SavedArticle } from '../types';
import { canonicalUrl, libraryId } from '../url';
import { Collected, refused } from './collect';

/**
 * Okur's JSON backup, restored record by record. The file may come from anywhere, and its
 * records go into the list as they are, so every field is checked for its type and range and
 * the record is rebuilt from the checked fields alone: nothing else in the file is stored.
 */
const FORMAT = 'Okur backup';

export function isOkurBackup(value: unknown): value is Record<string, unknown> {
  return isObject(value) && value.format === OKUR_BACKUP_FORMAT;
}

export function parseOkurBackup(backup: Record<string, unknown>, file: string): ImportResult {
  const { version, articles } = backup;
  if (typeof version === 'number' && Number.isInteger(version) && version > OKUR_BACKUP_VERSION) {
    return refused(file, `This backup was made by a newer Okur (backup version ${version}); update Okur to restore it.`, FORMAT);
  }
  if (version !== OKUR_BACKUP_VERSION || !Array.isArray(articles)) {
    return refused(file, 'This Okur backup is damaged: it has no version or no list of articles Okur can read.', FORMAT);
  }
  const out = new Collected();
  articles.forEach((entry: unknown, i) => {
    const checked = checkArticle(entry);
    if (typeof checked === 'string') {
      out.reject(file, null, `Article ${i + 1} of the backup is not restored: ${checked}`);
      return;
    }
    out.add({ url: checked.url, title: checked.title, record: checked });
  });
  return out.result(FORMAT);
}

type Check<T> = (v: unknown) => v is T;

const isString: Check<string> = (v): v is string => typeof v === 'string';
const isNullableString: Check<string | null> = (v): v is string | null => v === null || typeof v === 'string';
const isFiniteNumber: Check<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount: Check<number | null> = (v): v is number | null => v === null || (isFiniteNumber(v) && v >= 0);
const isStrings: Check<string[]> = (v): v is string[] => Array.isArray(v) && v.every(isString);

/** Each field with its check and, for the sentence, what it should have been. */
const FIELDS: { [K in keyof SavedArticle]: [Check<SavedArticle[K]>, string] } = {
  id: [isString, 'a text'],
  url: [isString, 'a text'],
  title: [isString, 'a text'],
  byline: [isNullableString, 'a text or null'],
  siteName: [isNullableString, 'a text or null'],
  lang: [isNullableString, 'a text or null'],
  dir: [(v): v is 'ltr' | 'rtl' => v === 'ltr' || v === 'rtl', '"ltr" or "rtl"'],
  publishedTime: [isNullableString, 'a text or null'],
  savedAt: [isFiniteNumber, 'a number'],
  excerpt: [isNullableString, 'a text or null'],
  leadImage: [isNullableString, 'a text or null'],
  standfirst: [isStrings, 'a list of texts'],
  leadFigure: [isNullableString, 'a text or null'],
  content: [isNullableString, 'a text or null'],
  textContent: [isNullableString, 'a text or null'],
  wordCount: [isCount, 'a number of at least 0, or null'],
  readingTimeMinutes: [isCount, 'a number of at least 0, or null'],
  tags: [isStrings, 'a list of texts'],
  state: [(v): v is 'unread' | 'archived' => v === 'unread' || v === 'archived', '"unread" or "archived"'],
  favorite: [(v): v is boolean => typeof v === 'boolean', 'true or false'],
  progress: [(v): v is number => isFiniteNumber(v) && v >= 0 && v <= 1, 'a number from 0 to 1'],
  updatedAt: [isFiniteNumber, 'a number'],
};

const KEYS = Object.keys(FIELDS) as (keyof SavedArticle)[];

/** The rebuilt record, or why not, as the end of a sentence. */
function checkArticle(entry: unknown): SavedArticle | string {
  if (!isObject(entry)) return 'it is not an article.';
  const record: Partial<Record<keyof SavedArticle, unknown>> = {};
  for (const key of KEYS) {
    const [check, expected] = FIELDS[key];
    // An own property only: "constructor" or "toString" must not be found on the prototype.
    const value = Object.hasOwn(entry, key) ? entry[key] : undefined;
    if (!check(value)) return value === undefined ? `it has no ${key}.` : `its ${key} is not ${expected}.`;
    record[key] = Array.isArray(value) ? [...value] : value;
  }
  const article = record as SavedArticle;
  // Only an address Okur would have saved: a "javascript:" link must not come back as one.
  if (canonicalUrl(article.url) !== article.url) return `its URL “${article.url.slice(0, 80)}” is not a web address Okur saves.`;
  // The id is how every device finds the entry; one that does not match its URL would make a
  // second, unreachable copy of the article.
  if (article.id !== libraryId(article.url)) return 'its id does not match its URL.';
  return article;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
