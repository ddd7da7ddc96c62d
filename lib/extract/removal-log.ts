import type { Removal } from './types';
import { describeElement, snippet, type ShortTexts } from './text';

/**
 * Removes elements on behalf of a step and, in debug mode, remembers what went and why.
 * Every removal in the pipeline goes through here, so the log is complete.
 */
export class RemovalLog {
  readonly entries: Removal[] = [];
  private readonly texts = new Set<ShortTexts>();
  constructor(private readonly debug: boolean) {}

  /** Keeps an index of short texts right through every removal made from now on. */
  track(texts: ShortTexts): ShortTexts {
    this.texts.add(texts);
    return texts;
  }

  remove(el: Element, step: string, rule: string): void {
    if (this.debug) {
      this.entries.push({ step, rule, selector: describeElement(el), snippet: snippet(el.textContent ?? '') });
    }
    for (const texts of this.texts) texts.forgetAncestorsOf(el);
    el.remove();
  }

  /** Content brought back after Readability left it out (an element, or a paragraph's text), logged the same way. */
  restore(what: Element | string, step: string): void {
    if (!this.debug) return;
    const isText = typeof what === 'string';
    this.entries.push({ step, rule: 'restored', selector: isText ? 'p' : describeElement(what), snippet: snippet(isText ? what : what.textContent ?? '') });
  }
}
