import type { Step } from './step';
import { isProtected } from './step';
import { CARD_MAX_TEXT_LENGTH, CARD_SHARE_OF_CHILDREN, MIN_ARTICLE_TEXT_OUTSIDE_CARDS, MIN_CARDS_IN_LIST } from '../constants';
import { textOf } from '../text';

/**
 * Lists of teaser cards for other articles, told by shape in any language: most children of a
 * block are a short card whose heading is a link. The article's own sections have headings
 * that are not links and paragraphs longer than a teaser, so they never look like this.
 * Runs on Readability's result: when what it chose is itself mostly cards (a section front),
 * the cards are the page and stay.
 */
function isCard(el: Element): boolean {
  const heading = el.matches('h2, h3, h4, h5, h6') ? el : el.querySelector('h2, h3, h4, h5, h6');
  if (!heading) return false;
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  if (!link) return false;
  const headingText = textOf(heading);
  return headingText.length > 0 && textOf(link).length >= headingText.length * 0.8 && textOf(el).length <= CARD_MAX_TEXT_LENGTH;
}

function findCardLists(root: Element): { el: Element; cards: number }[] {
  const lists: { el: Element; cards: number }[] = [];
  for (const el of Array.from(root.querySelectorAll('section, div, ul, ol, aside'))) {
    if (lists.some((l) => l.el.contains(el))) continue;
    const children = Array.from(el.children);
    const cards = children.filter(isCard).length;
    if (cards >= MIN_CARDS_IN_LIST && cards >= children.length * CARD_SHARE_OF_CHILDREN) lists.push({ el, cards });
  }
  return lists;
}

/** Paragraph text outside the card lists: the article these lists surround, if there is one. */
function textOutside(root: Element, lists: readonly { el: Element }[]): number {
  let total = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (!lists.some((l) => l.el.contains(p))) total += textOf(p).length;
  }
  return total;
}

export const removeCardLists: Step = {
  name: 'remove-card-lists',
  run(root, ctx) {
    const lists = findCardLists(root);
    // A page that is nothing but cards is a front page; its cards are what there is to read.
    if (lists.length === 0 || textOutside(root, lists) < MIN_ARTICLE_TEXT_OUTSIDE_CARDS) return;
    for (const { el, cards } of lists) {
      // Only the hard guards (the headline's block, the declared body): the share-of-text guard
      // would keep a list that is long next to a short article, the very case this step is for.
      if (!isProtected(el, ctx, 'strong')) ctx.log.remove(el, this.name, `card-list:${cards}-cards`);
    }
  },
};
