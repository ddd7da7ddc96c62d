import { JSDOM } from 'jsdom';

/**
 * Token overlap between an extracted text and the expected one: the figure the Readability
 * suite and the corpus report use to compare Okur with plain Readability.
 */

/** Precision, recall and F1 of a bag of tokens against the expected bag, each in [0, 1]. */
export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Lower-cased words: runs of letters and numbers in any script (plus the combining marks that
 * belong to them, so "नमस्ते" or a decomposed "é" stay one word); everything else separates.
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Multiset overlap: a token counts as matched as many times as it occurs in both bags.
 * Two empty bags agree perfectly (1, 1, 1); otherwise no overlap scores 0 on all three.
 */
export function scoreTokens(actual: readonly string[], expected: readonly string[]): TokenScore {
  if (actual.length === 0 && expected.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const remaining = new Map<string, number>();
  for (const token of expected) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of actual) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      remaining.set(token, left - 1);
    }
  }
  if (overlap === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / actual.length;
  const recall = overlap / expected.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** scoreTokens of two texts. */
export function tokenF1(actualText: string, expectedText: string): TokenScore {
  return scoreTokens(tokenize(actualText), tokenize(expectedText));
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|CAPTION|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LEGEND|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;
const SKIP = /^(SCRIPT|STYLE|TEMPLATE)$/;

/**
 * The visible text of an HTML fragment, one line per block. Plain textContent glues
 * "<p>end</p><p>Next" into "endNext", which would turn two words into one wrong token.
 * Parsed by jsdom as an inert fragment: nothing runs, nothing loads.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.test(tag)) continue;
        const block = BLOCK.test(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(JSDOM.fragment(html));
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
