import { BYLINE_MAX_LENGTH, BYLINE_NAME_WORDS } from '../constants';
import { textOf } from '../text';

/**
 * The author's name as printed on the page, for pages that declare none in their metadata:
 * a short element whose class or id names it a byline in one of the languages above. Read on
 * the untouched page, before any step removes the line (it is chrome once its name is known).
 */
const WORDS = new Set<string>(BYLINE_NAME_WORDS);
/** Digits mean a date or a counter is mixed in: "Lucía Fernández · 19/06/2024" is not a name alone. */
const HAS_DIGIT = /\d/;

function namesByline(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/[\s_]+/);
  return words.some((w) => WORDS.has(w) || WORDS.has(w.replace(/^(article|post|entry|news|haber|noticia)-/, '')));
}

export function findVisibleByline(doc: Document): string | null {
  for (const el of Array.from(doc.body?.querySelectorAll('[class], [id]') ?? [])) {
    if (!namesByline(el)) continue;
    // Author boxes with a bio and links are not the byline line.
    if (el.closest('aside, footer, nav, [class*="comment"], [id*="comment"]')) continue;
    const text = textOf(el);
    if (text.length < 3 || text.length > BYLINE_MAX_LENGTH || HAS_DIGIT.test(text)) continue;
    return text;
  }
  return null;
}
