import type { Step } from './step';
import { isSafeMediaUrl, isSafeSrcset } from '../safe-url';
import { LAZY_SRC_ATTRIBUTES, LAZY_SRCSET_ATTRIBUTES, PLACEHOLDER_SRC } from '../constants';

/**
 * Lazy-loading sites put a blank pixel in src and the picture in data-src or data-srcset, and
 * swap them with a script that never runs in the reader. Put the picture back where a browser
 * looks for it, before Readability drops images that seem empty.
 */
export const fixLazyImages: Step = {
  name: 'fix-lazy-images',
  run(root) {
    for (const img of Array.from(root.querySelectorAll('img, source'))) {
      const src = img.getAttribute('src') ?? '';
      if (!src || PLACEHOLDER_SRC.test(src)) {
        // A lazy attribute is page data like any other: a script or HTML URL is never copied.
        const real = LAZY_SRC_ATTRIBUTES.map((a) => img.getAttribute(a))
          .find((v) => v && !PLACEHOLDER_SRC.test(v) && isSafeMediaUrl(v, true));
        if (real) img.setAttribute('src', real);
      }
      if (!img.getAttribute('srcset')) {
        const set = LAZY_SRCSET_ATTRIBUTES.map((a) => img.getAttribute(a)).find((v) => v && isSafeSrcset(v, true));
        if (set) img.setAttribute('srcset', set);
      }
      const srcAfter = img.getAttribute('src') ?? '';
      if (img.tagName === 'IMG' && (!srcAfter || PLACEHOLDER_SRC.test(srcAfter))) {
        // Only a srcset: use its first candidate as src so every browser shows something.
        const first = (img.getAttribute('srcset') ?? '').split(',')[0]?.trim().split(/\s+/)[0];
        if (first && isSafeMediaUrl(first, true)) img.setAttribute('src', first);
      }
    }
  },
};
