import type { RemovalLog } from '../removal-log';
import { cleanByline } from '../metadata/title';
import type { ShortTexts } from '../text';

/** Longer elements are sentences that mention the author, not the author line. */
const BYLINE_LINE_MAX_LENGTH = 120;

/**
 * Okur prints the author above the body; the site's own author line ("Par Claire Dubois",
 * "By Jane Doe") left inside the body would say it twice.
 */
export function removeBylineLines(body: Element, byline: string | null, texts: ShortTexts, log: RemovalLog): void {
  if (!byline) return;
  for (const el of Array.from(body.querySelectorAll('p, div, span, address, h2, h3, h4, h5, h6'))) {
    if (!body.contains(el)) continue; // gone with an ancestor removed earlier
    const text = texts.get(el);
    if (!text || text.length > BYLINE_LINE_MAX_LENGTH || !text.includes(byline)) continue;
    if (cleanByline(text, null) === byline) log.remove(el, 'remove-byline-lines', 'same-as-byline');
  }
}
