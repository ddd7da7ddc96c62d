import { MAX_DEPTH, MAX_ELEMENTS } from './constants';
import { ExtractError } from './types';

/**
 * Refuses documents that would freeze the reader: a bounded walk, stopped as soon as a bound is
 * passed, so even a pathological page costs little to refuse.
 */
export function checkDocumentBounds(doc: Document): void {
  const root = doc.documentElement;
  if (!root) throw new ExtractError('This page is empty: there is nothing to read.');
  let count = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS) {
      throw new ExtractError(`This page is too large to read in Okur (more than ${MAX_ELEMENTS.toLocaleString('en')} elements).`);
    }
    if (depth > MAX_DEPTH) {
      throw new ExtractError(`This page is nested too deeply to read in Okur (more than ${MAX_DEPTH.toLocaleString('en')} levels).`);
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}
