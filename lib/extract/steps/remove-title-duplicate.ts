import type { RemovalLog } from '../removal-log';
import { collapseWhitespace, ShortTexts } from '../text';

/**
 * The popup prints the headline above the body; a second copy of it at the top of the body is
 * noise. Sites often repeat it (page title, on-page h1, a "spot" heading).
 */
export function removeTitleDuplicates(body: Element, title: string, log: RemovalLog): void {
  const wanted = normalize(title);
  if (!wanted) return;
  // Normalizing only drops quotes and stops, so text much longer than the title cannot match;
  // reading no further than that keeps wrapper divs from costing the whole article's text.
  const texts = log.track(new ShortTexts(title.length * 4 + 40));
  for (const el of Array.from(body.querySelectorAll('h1, h2, h3, p, div'))) {
    if (!body.contains(el)) continue; // gone with an ancestor removed earlier
    const short = texts.get(el);
    if (short !== null && normalize(short) === wanted) log.remove(el, 'remove-title-duplicate', 'same-as-title');
  }
}

function normalize(text: string): string {
  return collapseWhitespace(text).toLowerCase().replace(/[\s"'«»“”‘’.:!?]+/g, ' ').trim();
}
