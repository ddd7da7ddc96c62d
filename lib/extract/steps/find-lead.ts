import type { RemovalLog } from '../removal-log';
import { collapseWhitespace, textOf } from '../text';

/**
 * The standfirst and the lead picture often sit between the headline and the body's container
 * ("spot", "Vorspann", "chapô"), where Readability, which keeps one container, leaves them out.
 * Before Readability runs, remember what follows the headline; after, put back those pieces
 * that come before the first part of the body Readability kept.
 */
const LEAD_MIN_LENGTH = 60;
const MAX_LEAD_PIECES = 3;
/** How far past the headline to look, in elements. */
const LOOKAHEAD = 60;

/** Readability drops what the page hides; so must this step. */
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';

export interface LeadCandidate {
  node: Element;
  text: string;
  image: string | null;
}

function linkDensity(el: Element, textLength: number): number {
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += textOf(a).length;
  return textLength ? links / textLength : 0;
}

export function findLeadCandidates(doc: Document, titles: readonly (string | null)[]): LeadCandidate[] {
  const known = titles.filter((t): t is string => !!t).map((t) => collapseWhitespace(t).toLowerCase());
  const headline = Array.from(doc.body?.querySelectorAll('h1') ?? []).find((h) => {
    const text = textOf(h).toLowerCase();
    return text.length >= 8 && known.some((t) => t.includes(text));
  });
  if (!headline) return [];
  const out: LeadCandidate[] = [];
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  let seen = 0;
  let el: Node | null = walker.nextNode();
  while (el && seen++ < LOOKAHEAD && out.length < MAX_LEAD_PIECES) {
    const element = el as Element;
    if (headline.contains(element)) {
      el = walker.nextNode();
      continue;
    }
    if (element.closest(HIDDEN)) {
      el = walker.nextNode();
      continue;
    }
    const tag = element.tagName;
    if (tag === 'FIGURE' && element.querySelector('img[src]')) {
      out.push({ node: element.cloneNode(true) as Element, text: textOf(element), image: element.querySelector('img')!.getAttribute('src') });
    } else if (tag === 'P' || tag === 'H2') {
      const text = textOf(element);
      if (text.length >= LEAD_MIN_LENGTH && linkDensity(element, text.length) < 0.3) {
        const p = doc.createElement('p');
        p.textContent = text;
        out.push({ node: p, text, image: null });
      }
    }
    el = walker.nextNode();
  }
  return out;
}

export function restoreLead(body: Element, candidates: readonly LeadCandidate[], log: RemovalLog): void {
  const bodyText = collapseWhitespace(body.textContent ?? '');
  const images = new Set(Array.from(body.querySelectorAll('img')).map((i) => i.getAttribute('src')));
  const missing: Element[] = [];
  for (const c of candidates) {
    const present = c.image ? images.has(c.image) : bodyText.includes(c.text);
    if (present) break; // the body starts here; what follows is Readability's to judge
    missing.push(c.node);
  }
  const first = body.firstChild;
  for (const node of missing) {
    body.insertBefore(node, first);
    log.restore(node, 'restore-lead');
  }
}
