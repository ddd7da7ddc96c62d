import type { Step } from './step';
import { isProtected } from './step';
import { CHROME_NAME_PATTERNS, CHROME_NAME_SUBSTRINGS, COMMENT_NAME_PATTERNS } from '../constants';
import { classAndId } from '../text';

/**
 * Chrome told by the names sites give it in class and id attributes, in many languages.
 * Readability's own name heuristics are English only; "yorum", "partage" or "kommentare" pass.
 *
 * Names are split into dash/underscore/camelCase parts. Comment patterns must match a whole part
 * ("comment" but not "commentary", an opinion column). Other patterns of six letters or more may
 * also start a part ("related" in "relatedNews"); shorter ones ("ad", "tag") must be whole.
 *
 * The patterns are compiled without the u flag: they use no Unicode-only syntax, names are
 * lowercased before they are matched, and "paylaş" still matches. A click loads the core afresh,
 * and with the u flag these three patterns took 2-5 ms more to compile on that first click.
 */
function wholePart(patterns: readonly string[]): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${patterns.join('|')})(?=$|[\\s_-])`, 'i');
}
function partPrefix(patterns: readonly string[]): RegExp {
  const long = patterns.filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 6);
  return new RegExp(`(?:^|[\\s_-])(?:${long.join('|')})`, 'i');
}

const COMMENT_NAME = wholePart(COMMENT_NAME_PATTERNS);
const CHROME_NAME = wholePart(CHROME_NAME_PATTERNS);
const CHROME_NAME_PREFIX = partPrefix(CHROME_NAME_PATTERNS);
const CHROME_NAME_SUBSTRING = new RegExp(CHROME_NAME_SUBSTRINGS.join('|'), 'i');

/**
 * Names longer than this many parts are slugs of headings ("sharing-with-a-single-developer"),
 * not names of chrome.
 */
const MAX_NAME_PARTS = 4;

/** "relatedNews ad_slot" -> "related-news ad_slot", without the slugs. */
function partsOf(classAndIdText: string): string {
  return classAndIdText
    .split(/\s+/)
    .map((name) => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase())
    .filter((name) => name && name.split(/[-_]+/).length <= MAX_NAME_PARTS)
    .join(' ');
}

type NameRule = { rule: string; strength: 'weak' | 'strong' } | null;

function ruleForName(name: string): NameRule {
  if (!name) return null;
  if (COMMENT_NAME.test(name)) return { rule: `comment-name:${name}`, strength: 'strong' };
  if (CHROME_NAME.test(name) || CHROME_NAME_PREFIX.test(name) || CHROME_NAME_SUBSTRING.test(name)) return { rule: `chrome-name:${name}`, strength: 'weak' };
  return null;
}

/**
 * Pages repeat the same few names on hundreds of elements ("item", "col-md-4"), so each
 * class-and-id string is judged once. Emptied when it grows past this many names.
 */
const NAME_CACHE_SIZE = 5_000;
const judged = new Map<string, NameRule>();

export function chromeNameRule(el: Element): NameRule {
  const key = classAndId(el);
  let hit = judged.get(key);
  if (hit === undefined) {
    if (judged.size >= NAME_CACHE_SIZE) judged.clear();
    hit = ruleForName(partsOf(key));
    judged.set(key, hit);
  }
  return hit;
}

export const removeByName: Step = {
  name: 'remove-by-name',
  run(root, ctx) {
    for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
      if (el.tagName === 'A') continue;
      const hit = chromeNameRule(el);
      // Words inside a sentence are the article's, whatever their class says.
      if (!hit || !root.contains(el) || el.parentElement?.closest('p') || isProtected(el, ctx, hit.strength)) continue;
      ctx.log.remove(el, this.name, hit.rule);
    }
  },
};
