import { collapseWhitespace } from './text';

const BLOCK = /^(P|DIV|SECTION|ARTICLE|H[1-6]|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|TABLE|TR|TD|TH|CAPTION|FIGURE|FIGCAPTION|HEADER|FOOTER|ASIDE|BR|HR)$/;

/**
 * The text a reader sees, with blocks kept apart: textContent glues "<p>end.</p><p>Next" into
 * "end.Next", which breaks word counts and language detection.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).tagName);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split(/\n+/)
    .map(collapseWhitespace)
    .filter(Boolean)
    .join('\n\n');
}
