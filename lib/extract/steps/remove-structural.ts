import type { Step } from './step';
import { isProtected } from './step';
import { CHROME_ROLES } from '../constants';

/**
 * Chrome told by structure alone, in any language:
 * - forms with a text area or a password are comment boxes and sign-in boxes;
 * - ARIA landmarks such as navigation, banner and contentinfo are the site around the article;
 * - <nav> is navigation by definition.
 */
const RULES: readonly { rule: string; selector: string }[] = [
  { rule: 'form-with-textarea', selector: 'form:has(textarea), form:has(input[type="password"])' },
  { rule: 'aria-role', selector: CHROME_ROLES.map((r) => `[role="${r}"]`).join(', ') },
  { rule: 'nav', selector: 'nav' },
  { rule: 'loose-form-control', selector: 'textarea, select, button, input' },
];

export const removeStructural: Step = {
  name: 'remove-structural',
  run(root, ctx) {
    for (const { rule, selector } of RULES) {
      let found: Element[];
      try {
        found = Array.from(root.querySelectorAll(selector));
      } catch {
        // Engines without :has() fall back to the plain forms check below.
        found = rule === 'form-with-textarea'
          ? Array.from(root.querySelectorAll('form')).filter((f) => f.querySelector('textarea, input[type="password"]'))
          : [];
      }
      for (const el of found) {
        if (!root.contains(el) || isProtected(el, ctx, 'weak')) continue;
        ctx.log.remove(el, this.name, rule);
      }
    }
  },
};
