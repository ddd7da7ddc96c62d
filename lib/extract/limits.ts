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
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS) {
      throw new ExtractError(EXTRACT_ERRORS.tooLarge);
    }
    if (depth > MAX_DEPTH) {
      throw new ExtractError(EXTRACT_ERRORS.tooDeep);
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}
