import type { RemovalLog } from '../removal-log';

/** Wrappers left empty by the removals would show as gaps in the reader. */
const KEEP_EMPTY = 'img, picture, video, audio, iframe, svg, math, hr, br, table, canvas, object, embed';

export function removeEmptyBlocks(body: Element, log: RemovalLog): void {
  const blocks = Array.from(body.querySelectorAll('p, div, section, span, li, ul, ol, figure, aside, header, footer, h2, h3, h4, h5, h6'));
  // Innermost first, so a wrapper emptied by its children's removal goes too.
  for (const el of blocks.reverse()) {
    if (!body.contains(el)) continue; // gone with an ancestor removed earlier
    if ((el.textContent ?? '').trim()) continue;
    if (el.matches(KEEP_EMPTY) || el.querySelector(KEEP_EMPTY)) continue;
    log.remove(el, 'remove-empty', 'empty');
  }
}
