import type { Step } from './step';
import { isProtected } from './step';

/**
 * What the site hides is not for reading: collapsed menus, modal dialogs, templates, screen
 * artefacts. Only inline signals count: the content script works on a clone without layout.
 */
const HIDDEN_SELECTOR =
  '[hidden], [aria-hidden="true"], template, [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';

export const removeHidden: Step = {
  name: 'remove-hidden',
  run(root, ctx) {
    for (const el of Array.from(root.querySelectorAll(HIDDEN_SELECTOR))) {
      if (!el.isConnected) continue;
      // Some sites hide the body until a script runs; never drop the article for that.
      if (isProtected(el, ctx, 'weak')) continue;
      ctx.log.remove(el, this.name, 'hidden');
    }
  },
};
