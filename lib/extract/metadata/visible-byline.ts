import { BYLINE_MAX_LENGTH, BYLINE_NAME_WORDS } from '../constants';
import { classAndId, textOf } from '../text';

/**
 * The author's name as printed on the page, for pages that declare none in their metadata:
 * a short element whose class or id names it a byline in one of the languages above. Read on
 * the untouched page, before any step removes the line (it is chrome once its name is known).
 */
const WORDS = new Set<string>(BYLINE_NAME_WORDS);
/** Digits mean a date or a counter is mixed in: "Lucía Fernández · 19/06/2024" is not a name alone. */
const HAS_DIGIT = /\d/;

/** Comment sections in the languages above: a commenter's name is not the author's. */
const IN_COMMENTS = /comment|comentari|kommentar|yorum|reacti|коммент|تعليق/i;

/** Any of the words anywhere in a name, as a cheap first test before the names are split. */
const MAYBE_BYLINE = new RegExp(BYLINE_NAME_WORDS.join('|'), 'i');

function namesByline(el: Element): boolean {
  const name = classAndId(el);
  // class="" and id="" match the query too; the pattern is the costly part, so they skip it.
  if (name === ' ' || !MAYBE_BYLINE.test(name)) return false;
  // "noticia-firma", "firma-autor", "comentario__autor": every part of a class name counts.
  const words = name.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => WORDS.has(w)) || WORDS.has('author-name') && /author-name/i.test(el.getAttribute('class') ?? '');
}

function inComments(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (IN_COMMENTS.test(classAndId(a))) return true;
  }
  return false;
}

export function findVisibleByline(doc: Document): string | null {
  const candidates = Array.from(doc.body?.querySelectorAll('[class], [id]') ?? []).filter(namesByline);
  for (const el of candidates) {
    // The innermost one: "Por <span class=firma-autor>Lucía Ferrer</span> <span class=firma-lugar>…"
    if (candidates.some((other) => other !== el && el.contains(other))) continue;
    // Author boxes with a bio and links are not the byline line.
    if (el.closest('aside, footer, nav') || inComments(el)) continue;
    const text = textOf(el);
    if (text.length < 3 || text.length > BYLINE_MAX_LENGTH || HAS_DIGIT.test(text)) continue;
    return text;
  }
  return null;
}
