import { PUBLISHED_LABELS, UPDATED_LABELS } from '../constants';
import { classAndId, type ShortTexts } from '../text';
import { normalizeIsoDate, parseTextDate } from './dates';

export interface VisibleDates {
  published: string | null;
  modified: string | null;
}

/**
 * A label says which date follows it only if the date follows closely: "Publié le 19 juin",
 * "Published on June 19, 2024", "Yayınlama: 19.06.2024". In "the rule was published in the
 * Federal Register on May 6" the word is part of a sentence about something else.
 */
const LABEL_TO_DATE_MAX_GAP = 15;

function closelyFollowedByDate(line: string, labelEnd: number): boolean {
  const firstDigit = line.slice(labelEnd).search(/\d|[٠-٩۰-۹]/);
  return firstDigit !== -1 && firstDigit <= LABEL_TO_DATE_MAX_GAP;
}

/** Longer elements are paragraphs, whose dates are events in the story, not the article's date. */
const DATE_LINE_MAX_LENGTH = 100;
/** Names of the elements sites print dates in, when no label says which date it is. */
const DATE_ELEMENT_NAME = /date|tarih|datum|fecha|data|time|zaman|publi|meta|byline|posted/i;

/** Dates stated in the page itself: <time>, itemprop, and date lines such as "Yayınlama: 19.06.2024". */
export function findVisibleDates(doc: Document, locale: string | null, texts: ShortTexts): VisibleDates {
  const out: VisibleDates = { published: null, modified: null };
  const body = doc.body;
  if (!body) return out;

  // The page's index keeps texts as long as a chrome phrase can be; a date line is shorter.
  const line = (el: Element): string | null => {
    const text = texts.get(el);
    return text !== null && text.length <= DATE_LINE_MAX_LENGTH ? text : null;
  };
  const stated = (el: Element): string | null => {
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content');
    return (raw && normalizeIsoDate(raw)) ?? parseTextDate(line(el) ?? '', locale)?.iso ?? null;
  };
  const pub = body.querySelector('[itemprop="datePublished"]');
  const mod = body.querySelector('[itemprop="dateModified"]');
  out.published = pub ? stated(pub) : null;
  out.modified = mod ? stated(mod) : null;

  let unlabelled: string | null = null;
  // A set: a line and the elements wrapping it often have the same text.
  const lines = new Set<string>();
  const walk = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
      const text = line(child);
      if (text === null) {
        walk(child);
        continue;
      }
      if (!/\d|[٠-٩۰-۹]/.test(text)) continue;
      lines.add(text);
      if (!unlabelled && (tag === 'time' || DATE_ELEMENT_NAME.test(classAndId(child)))) {
        unlabelled = stated(child);
      }
      // A short line can hold the named date element: "Sanne de Vries <span class=datum>…</span>".
      if (!unlabelled) walk(child);
    }
  };
  walk(body);

  for (const line of lines) {
    if (out.published && out.modified) break;
    // One line may carry both: "Yayınlama: 19.06.2024 - Güncelleme: 20.06.2024".
    const updFound = UPDATED_LABELS.exec(line);
    const pubFound = PUBLISHED_LABELS.exec(line);
    const upd = updFound && closelyFollowedByDate(line, updFound.index + updFound[0].length) ? updFound : null;
    const pubLabel = pubFound && closelyFollowedByDate(line, pubFound.index + pubFound[0].length) ? pubFound : null;
    if (pubLabel && !out.published) {
      const end = upd && upd.index > pubLabel.index ? upd.index : line.length;
      out.published = parseTextDate(line.slice(pubLabel.index, end), locale)?.iso ?? null;
    }
    if (upd && !out.modified) {
      const end = pubLabel && pubLabel.index > upd.index ? pubLabel.index : line.length;
      out.modified = parseTextDate(line.slice(upd.index, end), locale)?.iso ?? null;
    }
  }
  if (!out.published) out.published = unlabelled;
  return out;
}
