import type { RemovalLog } from '../removal-log';
import { CONTENT_ROOT_SELECTOR } from '../constants';
import type { ShortTexts } from '../text';

export interface StepContext {
  doc: Document;
  log: RemovalLog;
  /** Characters of paragraph text on the page when cleaning began: the measure of "most of it". */
  paragraphTextLength: number;
  /** Short texts of the tree being cleaned (at most PHRASE_MAX_LENGTH), kept right by `log`. */
  texts: ShortTexts;
}

/** One named, switchable stage of chrome removal. */
export interface Step {
  name: string;
  run(root: Element, ctx: StepContext): void;
}

/** Share of the page's paragraph text above which an element is taken for the article itself. */
const MAIN_TEXT_SHARE = 0.4;

export function paragraphTextLength(root: ParentNode): number {
  let total = 0;
  for (const p of root.querySelectorAll('p')) total += (p.textContent ?? '').trim().length;
  return total;
}

/**
 * Whether an element must stay whatever its name or words say: the document itself, the
 * headline's container, the declared article body, or (for weak signals) the block holding most
 * of the article's paragraphs. Strong signals (comment sections) skip the last check, because a
 * comment list can hold more text than a short article.
 */
export function isProtected(el: Element, ctx: StepContext, strength: 'weak' | 'strong'): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'html' || tag === 'body' || tag === 'main') return true;
  if (el.matches('[itemprop="articleBody"]') || el.querySelector('h1, [itemprop="articleBody"]')) return true;
  if (strength === 'strong') return false;
  if (el.matches(CONTENT_ROOT_SELECTOR) && !el.parentElement?.closest(CONTENT_ROOT_SELECTOR)) return true;
  return ctx.paragraphTextLength > 0 && paragraphTextLength(el) >= ctx.paragraphTextLength * MAIN_TEXT_SHARE;
}
