/** Small text helpers shared by the steps: the same normalization everywhere, so rules agree. */

/**
 * A run of whitespace, no-break and zero-width spaces included, that is not already one plain
 * space: one space once collapsed. A lone space is left unmatched because replacing it with
 * itself is most of the work in prose, one match per word; skipping it makes the collapse
 * about three times faster on a paragraph, with the same result.
 */
const WHITESPACE_RUN = /(?! (?![\s\u00a0\u200b]))[\s\u00a0\u200b]+/g;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** An element's class and id as one string, the way sites name their chrome ("share-bar comments"). */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

export function textOf(node: Node): string {
  return collapseWhitespace(node.textContent ?? '');
}

/**
 * textOf(element) when that is at most `max` characters long, else null, for any element of one
 * tree: each element's text built once from its children's and remembered, reading no further
 * than it must. Steps that walk down from <body> asking each element for its short text would
 * otherwise read the same text nodes again at every level of nesting, and the page's date lines
 * and chrome phrases are looked for in the same texts. A removal changes the text of the removed
 * element's ancestors: the RemovalLog tells every index it tracks to forget them.
 */
export class ShortTexts {
  // Collapsed but not trimmed, so a space between two children survives; null when too long.
  private readonly memo = new Map<Element, string | null>();

  constructor(readonly max: number) {}

  /** The element's collapsed text when it is at most `max` characters long, else null. */
  get(el: Element): string | null {
    const raw = this.raw(el);
    if (raw === null) return null;
    const clean = raw.trim();
    return clean.length > this.max ? null : clean;
  }

  /** Call before `el` leaves the tree: its ancestors' texts will no longer hold its own. */
  forgetAncestorsOf(el: Element): void {
    for (let a = el.parentElement; a; a = a.parentElement) this.memo.delete(a);
  }

  private raw(el: Element): string | null {
    let text = this.memo.get(el);
    if (text === undefined) {
      text = this.build(el);
      this.memo.set(el, text);
    }
    return text;
  }

  // Every piece is collapsed already, so joining two only has to drop a doubled space.
  private build(el: Element): string | null {
    let text = '';
    for (let child = el.firstChild; child; child = child.nextSibling) {
      let piece: string | null;
      if (child.nodeType === 1) piece = this.raw(child as Element);
      else if (child.nodeType === 3) piece = this.collapsedText(child.nodeValue ?? '');
      else continue;
      if (piece === null) return null;
      text += text.endsWith(' ') && piece.startsWith(' ') ? piece.slice(1) : piece;
      if (text.length > this.max && text.trim().length > this.max) return null;
    }
    return text;
  }

  /**
   * A text node's value collapsed, or null when it alone is too long. A long value is first
   * collapsed only as far as a prose text could still be short: paragraphs and the inline
   * scripts' code (hundreds of kilobytes of JSON on some pages) are known long from their
   * beginning, and only a value that is mostly whitespace is read to its end.
   */
  private collapsedText(value: string): string | null {
    const enough = this.max * HEAD_PER_MAX_LENGTH;
    if (value.length > enough && collapseWhitespace(value.slice(0, enough)).length > this.max) return null;
    return value.replace(WHITESPACE_RUN, ' ');
  }
}

/**
 * How much of a long text node, in multiples of the short length, is collapsed to find it long:
 * enough for text with a space after every word, and little enough that a paragraph is cut short.
 */
const HEAD_PER_MAX_LENGTH = 2;

/** Arabic-Indic and Persian digits read as ASCII digits, so dates and counters parse. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function snippet(text: string, max = 80): string {
  const clean = collapseWhitespace(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** A short CSS-like path of an element, for the debug log. */
export function describeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.id ? `#${el.id}` : '';
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((c) => `.${c}`)
    .join('');
  return `${tag}${id}${cls}`;
}

/**
 * Intl.Segmenter slows down badly on one very long string (whole long articles took minutes),
 * so the text is segmented in chunks cut at whitespace. Scripts written without spaces
 * (Chinese, Japanese, Thai) are cut where a sentence ends, or hard cut as a last resort:
 * at most one word per 2,000 characters is miscounted there.
 */
const WORD_COUNT_CHUNK = 2000;
const CUT_SEARCH_WINDOW = 200;

function* whitespaceChunks(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + WORD_COUNT_CHUNK, text.length);
    if (end < text.length) {
      const ahead = text.slice(end, end + CUT_SEARCH_WINDOW);
      const cut = ahead.search(/[\s。．！？!?]/);
      end = cut === -1 ? end : end + cut + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** Words as a reader counts them; Intl.Segmenter also splits Chinese and Japanese correctly. */
/** Scripts written without spaces between words: only a dictionary-based segmenter finds their words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
/**
 * A word in a spaced script: letters, marks and digits, held together by an apostrophe or a dot
 * between two of them ("l'école", "don’t", "3.5") and by a comma between digits ("3,5"), as
 * Unicode word boundaries have it; a hyphen separates ("Jong-Un" is two words, as the segmenter
 * counts it).
 */
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+|(?<=\p{N})[,;٫٬](?=\p{N})[\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string, lang: string | null): number {
  // The segmenter is several times slower than a pattern, and only needed where spaces do not
  // separate words.
  if (!UNSPACED_SCRIPT.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return text.split(/\s+/).filter(Boolean).length;
  const segmenter = new Segmenter(lang ?? undefined, { granularity: 'word' });
  let count = 0;
  for (const chunk of whitespaceChunks(text)) {
    for (const part of segmenter.segment(chunk)) {
      if (part.isWordLike) count++;
    }
  }
  return count;
}
