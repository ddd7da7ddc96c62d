import type { Step } from './step';
import { isProtected } from './step';
import { CHROME_PHRASES, PHRASE_MAX_LENGTH } from '../constants';
import { textOf } from '../text';

/**
 * Chrome told by its words: "Bir Yorum Yazın", "Lire aussi", "Leave a Reply", a share counter
 * "2", the site's "A+ A-". Only the whole text of a short element is compared, so an article
 * sentence that mentions comments is never touched.
 */
const PHRASE = new RegExp(
  `^(?:${Object.values(CHROME_PHRASES).flat().join('|')})$`,
  'iu',
);

/** Numbers and short words are content inside tables, lists, code and footnote marks. */
const NEVER_BY_PHRASE = 'td, th, li, sup, sub, code, pre, table, caption, figcaption, h1, dt, dd';

export function isChromePhrase(text: string): boolean {
  return text.length <= PHRASE_MAX_LENGTH && PHRASE.test(text);
}

export const removeByPhrase: Step = {
  name: 'remove-by-phrase',
  run(root, ctx) {
    // Top-down, so the outermost element made only of chrome words goes as a whole.
    const hits: Element[] = [];
    const walk = (el: Element): void => {
      for (const child of Array.from(el.children)) {
        const text = textOf(child);
        if (text.length > PHRASE_MAX_LENGTH) {
          walk(child);
          continue;
        }
        if (text && isChromePhrase(text) && !child.closest(NEVER_BY_PHRASE) && !child.querySelector('img, picture, video')) {
          hits.push(child);
          continue;
        }
        walk(child);
      }
    };
    walk(root);
    for (const el of hits) {
      if (el.isConnected && !isProtected(el, ctx, 'strong')) ctx.log.remove(el, this.name, `phrase:${textOf(el)}`);
    }
  },
};
