import type { Step } from './step';
import { isProtected } from './step';
import { CHROME_ROLES } from '../constants';

/**
 * Chrome told by structure alone, in any language:
 * - forms with a text area or a password are comment boxes and sign-in boxes;
 * - ARIA landmarks such as navigation, banner and contentinfo are the site around the article;
 * - <nav> is navigation by definition.
 */
const ROLE_SELECTOR = CHROME_ROLES.map((r) => `[role="${r}"]`).join(', ');

const RULES: readonly { rule: string; find: (root: Element) => Element[] }[] = [
  // A plain filter, not form:has(textarea): :has() made this the slowest query of the step.
  { rule: 'form-with-textarea', find: (root) => Array.from(root.querySelectorAll('form')).filter((f) => f.querySelector('textarea, input[type="password"]')) },
  { rule: 'aria-role', find: (root) => Array.from(root.querySelectorAll(ROLE_SELECTOR)) },
  { rule: 'nav', find: (root) => Array.from(root.querySelectorAll('nav')) },
  { rule: 'loose-form-control', find: (root) => Array.from(root.querySelectorAll('textarea, select, button, input')) },
];

export const removeStructural: Step = {
  name: 'remove-structural',
  run(root, ctx) {
    for (const { rule, find } of RULES) {
      for (const el of find(root)) {
        if (!root.contains(el) || isProtected(el, ctx, 'weak')) continue;
        ctx.log.remove(el, this.name, rule);
      }
    }
  },
};
