/** Small text helpers shared by the steps: the same normalization everywhere, so rules agree. */

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function textOf(node: Node): string {
  return collapseWhitespace(node.textContent ?? '');
}

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

/** Words as a reader counts them; Intl.Segmenter also splits Chinese and Japanese correctly. */
export function countWords(text: string, lang: string | null): number {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let count = 0;
    for (const part of new Segmenter(lang ?? undefined, { granularity: 'word' }).segment(text)) {
      if (part.isWordLike) count++;
    }
    return count;
  }
  return text.split(/\s+/).filter(Boolean).length;
}
