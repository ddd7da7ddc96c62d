import type { Step } from './step';
import { isProtected } from './step';

/**
 * What the site hides is not for reading: collapsed menus, modal dialogs, templates, screen
 * artefacts. Only attributes count: the content script works on a clone without layout, and
 * inline display:none is left to Readability, which knows the exceptions (hidden MathML kept
 * for formulas, for one).
 */
const HIDDEN_SELECTOR = '[hidden], [aria-hidden="true"], template';

export const removeHidden: Step = {
  name: 'remove-hidden',
  run(root, ctx) {
    for (const el of Array.from(root.querySelectorAll(HIDDEN_SELECTOR))) {
      // Wikipedia hides the image of a formula from screen readers, not from readers.
      if (!root.contains(el) || (el.getAttribute('class') ?? '').includes('fallback-image')) continue;
      // Some sites hide the body until a script runs; never drop the article for that.
      if (isProtected(el, ctx, 'weak')) continue;
      ctx.log.remove(el, this.name, 'hidden');
    }
  },
};
