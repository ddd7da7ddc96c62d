import { t, type PlainKey } from '../../i18n';
import { OKUR_BACKUP_FORMAT, OKUR_BACKUP_VERSION } from '../export/okur-json';
import type { ImportResult, SavedArticle } from '../types';
import { canonicalUrl, libraryId } from '../url';
import { Collected, refused } from './collect';

/**
 * Okur's JSON backup, restored record by record. The file may come from anywhere, and its
 * records go into the list as they are, so every field is checked for its type and range and
 * the record is rebuilt from the checked fields alone: nothing else in the file is stored.
 */
export function isOkurBackup(value: unknown): value is Record<string, unknown> {
  return isObject(value) && value.format === OKUR_BACKUP_FORMAT;
}

export function parseOkurBackup(backup: Record<string, unknown>, file: string): ImportResult {
  const { version, articles } = backup;
  if (typeof version === 'number' && Number.isInteger(version) && version > OKUR_BACKUP_VERSION) {
    return refused(file, t('importRefusedBackupNewer', version), t('formatOkurBackup'));
  }
  if (version !== OKUR_BACKUP_VERSION || !Array.isArray(articles)) {
    return refused(file, t('importRefusedBackupDamaged'), t('formatOkurBackup'));
  }
  const out = new Collected();
  articles.forEach((entry: unknown, i) => {
    const checked = checkArticle(entry);
    if (typeof checked === 'string') {
      out.reject(file, null, t('importRejectBackupArticle', [i + 1, checked]));
      return;
    }
    out.add({ url: checked.url, title: checked.title, record: checked });
  });
  return out.result(t('formatOkurBackup'));
}

type Check<T> = (v: unknown) => v is T;

const isString: Check<string> = (v): v is string => typeof v === 'string';
const isNullableString: Check<string | null> = (v): v is string | null => v === null || typeof v === 'string';
const isFiniteNumber: Check<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount: Check<number | null> = (v): v is number | null => v === null || (isFiniteNumber(v) && v >= 0);
const isStrings: Check<string[]> = (v): v is string[] => Array.isArray(v) && v.every(isString);

/**
 * Each field with its check and, for the sentence, what it should have been: a message key, read
 * when the sentence is written, since the interface language is known only then.
 */
const FIELDS: { [K in keyof SavedArticle]: [Check<SavedArticle[K]>, PlainKey] } = {
  id: [isString, 'importExpectText'],
  url: [isString, 'importExpectText'],
  title: [isString, 'importExpectText'],
  byline: [isNullableString, 'importExpectTextOrNull'],
  siteName: [isNullableString, 'importExpectTextOrNull'],
  lang: [isNullableString, 'importExpectTextOrNull'],
  dir: [(v): v is 'ltr' | 'rtl' => v === 'ltr' || v === 'rtl', 'importExpectDirection'],
  publishedTime: [isNullableString, 'importExpectTextOrNull'],
  savedAt: [isFiniteNumber, 'importExpectNumber'],
  excerpt: [isNullableString, 'importExpectTextOrNull'],
  leadImage: [isNullableString, 'importExpectTextOrNull'],
  standfirst: [isStrings, 'importExpectTexts'],
  leadFigure: [isNullableString, 'importExpectTextOrNull'],
  content: [isNullableString, 'importExpectTextOrNull'],
  textContent: [isNullableString, 'importExpectTextOrNull'],
  wordCount: [isCount, 'importExpectCount'],
  readingTimeMinutes: [isCount, 'importExpectCount'],
  tags: [isStrings, 'importExpectTexts'],
  state: [(v): v is 'unread' | 'archived' => v === 'unread' || v === 'archived', 'importExpectState'],
  favorite: [(v): v is boolean => typeof v === 'boolean', 'importExpectBoolean'],
  progress: [(v): v is number => isFiniteNumber(v) && v >= 0 && v <= 1, 'importExpectProgress'],
  updatedAt: [isFiniteNumber, 'importExpectNumber'],
};

const KEYS = Object.keys(FIELDS) as (keyof SavedArticle)[];

/** The rebuilt record, or why not, as the end of a sentence. */
function checkArticle(entry: unknown): SavedArticle | string {
  if (!isObject(entry)) return t('importBackupNotArticle');
  const record: Partial<Record<keyof SavedArticle, unknown>> = {};
  for (const key of KEYS) {
    const [check, expected] = FIELDS[key];
    // An own property only: "constructor" or "toString" must not be found on the prototype.
    const value = Object.hasOwn(entry, key) ? entry[key] : undefined;
    if (!check(value)) return value === undefined ? t('importBackupMissingField', key) : t('importBackupFieldWrong', [key, t(expected)]);
    record[key] = Array.isArray(value) ? [...value] : value;
  }
  const article = record as SavedArticle;
  // Only an address Okur would have saved: a "javascript:" link must not come back as one.
  if (canonicalUrl(article.url) !== article.url) return t('importBackupUrl', article.url.slice(0, 80));
  // The id is how every device finds the entry; one that does not match its URL would make a
  // second, unreachable copy of the article.
  if (article.id !== libraryId(article.url)) return t('importBackupIdMismatch');
  return article;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
