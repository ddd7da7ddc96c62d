import type { Step } from './step';
import { isProtected } from './step';
import { CHROME_PHRASES, PHRASE_MAX_LENGTH } from '../constants';
import { textOf } from '../text';
import { parseTextDate, withoutMonthWords } from '../metadata/dates';

/**
 * Chrome told by its words: "Bir Yorum Yazın", "Lire aussi", "Leave a Reply", a share counter
 * "2", the site's "A+ A-". Only the whole text of a short element is compared, so an article
 * sentence that mentions comments is never touched.
 */
// Without the u flag: the phrases use no Unicode-only syntax, non-ASCII letters still match
// case-insensitively, and V8 runs this long alternation about three times faster.
const PHRASE = new RegExp(`^(?:${Object.values(CHROME_PHRASES).flat().join('|')})$`, 'i');

/** Numbers and short words are content inside tables, lists, code and footnote marks. */
const NEVER_BY_PHRASE = 'td, th, li, sup, sub, code, pre, table, caption, figcaption, h1, dt, dd';

/** A date line on its own ("19 Haziran 2024 14:30") is the page's chrome: Okur shows the date. */
const DATE_LINE_MAX_LENGTH = 40;
const DATE_LINE_LEFTOVER = 12;

function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX_LENGTH || !/[\d٠-٩۰-۹]/.test(text)) return false;
  const found = parseTextDate(text, null);
  if (!found) return false;
  const leftover = withoutMonthWords(text).replace(/[\d٠-٩۰-۹\s.,:/|·•()\-–]+/gu, '');
  return leftover.length <= DATE_LINE_LEFTOVER;
}

export function isChromePhrase(text: string): boolean {
  return text.length <= PHRASE_MAX_LENGTH && (PHRASE.test(text) || isDateLine(text));
}

export const removeByPhrase: Step = {
  name: 'remove-by-phrase',
  run(root, ctx) {
    // Top-down, so the outermost element made only of chrome words goes as a whole.
    const hits: Element[] = [];
    // A leaf and the elements wrapping it often have the same text ("<li><a>Paylaş</a></li>").
    const judged = new Map<string, boolean>();
    const isChrome = (text: string): boolean => {
      let chrome = judged.get(text);
      if (chrome === undefined) judged.set(text, (chrome = isChromePhrase(text)));
      return chrome;
    };
    const walk = (el: Element): void => {
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
        const text = ctx.texts.get(child);
        if (text === null) {
          walk(child);
          continue;
        }
        if (text && isChrome(text) && !child.closest(NEVER_BY_PHRASE) && !child.querySelector('img, picture, video')) {
          hits.push(child);
          continue;
        }
        walk(child);
      }
    };
    walk(root);
    for (const el of hits) {
      if (root.contains(el) && !isProtected(el, ctx, 'strong')) ctx.log.remove(el, this.name, `phrase:${textOf(el)}`);
    }
  },
};
