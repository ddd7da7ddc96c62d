import { MAX_DEPTH, MAX_ELEMENTS } from './constants';
import { EXTRACT_ERRORS } from './reasons';
import { ExtractError } from './types';

/**
 * Refuses documents that would freeze the reader: a bounded walk, stopped as soon as a bound is
 * passed, so even a pathological page costs little to refuse.
 */
export function checkDocumentBounds(doc: Document): void {
  const root = doc.documentElement;
  if (!root) throw new ExtractError(EXTRACT_ERRORS.empty);
  let count = 0;
  let depth = 1;
  // Depth first through the elements, by their links alone: no stack to grow on a huge page.
  let el: Element | null = root;
  while (el) {
    if (++count > MAX_ELEMENTS) throw new ExtractError(EXTRACT_ERRORS.tooLarge);
    if (depth > MAX_DEPTH) throw new ExtractError(EXTRACT_ERRORS.tooDeep);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
}

/**
 * Refuses, with a sentence for the reader, a document the core cannot read: too many elements,
 * too deep, or no HTML body (a frameset, an image, an XML document).
 */
export function checkReadable(doc: Document): void {
  checkDocumentBounds(doc);
  if (!doc.body || doc.body.tagName !== 'BODY') throw new ExtractError(EXTRACT_ERRORS.noBody);
}
