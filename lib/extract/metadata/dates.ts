import { MONTH_FIRST_LOCALES, MONTH_NAMES, PUBLISHED_LABELS, UPDATED_LABELS } from '../constants';
import { asciiDigits, collapseWhitespace } from '../text';

/**
 * Dates are kept as the page states them: "2024-06-19" stays that day whatever the reader's
 * time zone, and a stated offset is kept rather than converted to UTC (which can change the day).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number, time?: { h: number; min: number; s?: number; zone?: string }): string | null {
  if (!valid(y, m, d)) return null;
  let out = `${y}-${pad(m)}-${pad(d)}`;
  if (time && time.h < 24 && time.min < 60) {
    out += `T${pad(time.h)}:${pad(time.min)}:${pad(time.s ?? 0)}`;
    if (time.zone) out += time.zone === 'Z' ? 'Z' : time.zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  }
  return out;
}

/** An ISO 8601 string as found in metadata, tidied but not shifted. Null when it isn't one. */
export function normalizeIsoDate(raw: string): string | null {
  const m = ISO.exec(asciiDigits(raw.trim()));
  if (!m) return null;
  const [, y, mo, d, h, min, s, zone] = m;
  const time = h !== undefined && min !== undefined ? { h: +h, min: +min, s: s ? +s : 0, zone } : undefined;
  return iso(+y!, +mo!, +d!, time);
}

// Month names of every language, longest first so "juillet" wins over "juil".
const MONTHS: { name: string; month: number }[] = Object.values(MONTH_NAMES)
  .flatMap((months) => months.flatMap((names, i) => names.map((name) => ({ name, month: i + 1 }))))
  .sort((a, b) => b.name.length - a.name.length);
const MONTH_ALT = MONTHS.map((m) => m.name.replace(/\s+/g, '\\s+')).join('|');
/**
 * Month names are written in lowercase and matched against lowercased text, with "İ" read as "i"
 * first. A case-insensitive pattern does not take "İ" for "i", so "19 HAZİRAN 2024" was not read;
 * and lowercasing "İ" alone gives two characters ("i" and a combining dot), which match nothing.
 */
function forMonthPatterns(text: string): string {
  return text.replace(/İ/g, 'i').toLowerCase();
}
const MONTH_WORDS = new RegExp(`(?<![\\p{L}])(?:${MONTH_ALT})(?![\\p{L}])`, 'gu');
/** The text without the month names of any language, to tell what in a line is only a date. */
export function withoutMonthWords(text: string): string {
  return forMonthPatterns(text).replace(MONTH_WORDS, '');
}
const monthIndex = (name: string): number =>
  MONTHS.find((m) => m.name === collapseWhitespace(name).toLowerCase())?.month ?? 0;

const TIME = String.raw`(?:\D{0,12}?(\d{1,2})[:.h](\d{2}))?`;
// 19 Haziran 2024 · 19 juin 2024 · 19. Juni 2024 · 19 de junio de 2024 · ١٩ يونيو ٢٠٢٤
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?(${MONTH_ALT})\.?,?\s+(?:de\s+)?(\d{4})` + TIME, 'u');
// June 19, 2024 · Jun 19 2024
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME, 'u');
// 2024-06-19 · 2024/06/19 · 2024.06.19
const YEAR_FIRST = new RegExp(String.raw`(?<!\d)(\d{4})(?:[-/.]|\s*[年년]\s*)(\d{1,2})(?:[-/.]|\s*[月월]\s*)(\d{1,2})(?:\s*[日일])?(?!\d)` + TIME, 'u');
// 19.06.2024 (always day first) · 19/06/2024 or 06/19/2024 (by locale) · 19-06-2024
const NUMERIC = new RegExp(String.raw`(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)` + TIME, 'u');

const FOUR_DIGITS = /\d{4}/;

export interface FoundDate {
  iso: string;
  index: number;
}

/**
 * The first date written in a piece of text, in any of the supported languages and formats.
 * `locale` (the page's or article's language, e.g. "en-US") decides 06/07/2024.
 */
export function parseTextDate(text: string, locale: string | null): FoundDate | null {
  const digits = asciiDigits(text);
  // Every format below has a four-digit year; most short texts with a digit ("3 yorum") have none.
  if (!FOUR_DIGITS.test(digits)) return null;
  const t = forMonthPatterns(digits);
  const found: FoundDate[] = [];
  const time = (h?: string, min?: string) => (h !== undefined && min !== undefined ? { h: +h, min: +min } : undefined);
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const r = iso(+m[3]!, monthIndex(m[2]!), +m[1]!, time(m[4], m[5]));
    if (r) found.push({ iso: r, index: m.index });
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const r = iso(+m[3]!, monthIndex(m[1]!), +m[2]!, time(m[4], m[5]));
    if (r) found.push({ iso: r, index: m.index });
  }
  m = YEAR_FIRST.exec(t);
  if (m) {
    const r = iso(+m[1]!, +m[2]!, +m[3]!, time(m[4], m[5]));
    if (r) found.push({ iso: r, index: m.index });
  }
  m = NUMERIC.exec(t);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const monthFirst = m[2] === '/' && (b > 12 || (a <= 12 && !!locale && MONTH_FIRST_LOCALES.test(locale)));
    const r = monthFirst ? iso(+m[4]!, a, b, time(m[5], m[6])) : iso(+m[4]!, b, a, time(m[5], m[6]));
    if (r) found.push({ iso: r, index: m.index });
  }
  found.sort((x, y) => x.index - y.index);
  return found[0] ?? null;
}

export type DateKind = 'published' | 'updated' | 'unlabelled';

/** Which date a line speaks of: "Güncelleme: …" is an update, "Yayınlama: …" the publication. */
export function dateKind(line: string): DateKind {
  const upd = UPDATED_LABELS.exec(line);
  const pub = PUBLISHED_LABELS.exec(line);
  if (pub && (!upd || pub.index < upd.index)) return 'published';
  if (upd) return 'updated';
  return 'unlabelled';
}
