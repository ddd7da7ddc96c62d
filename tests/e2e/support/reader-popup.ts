import type { Locator, Page } from 'playwright-core';

/** What the popup's contract names: the article, its headline, and the status line. */
export function articleOf(popup: Page): Locator {
  return popup.locator('article');
}

export function headlineOf(popup: Page): Locator {
  return articleOf(popup).locator('h1');
}

/**
 * Waits until the popup shows a role="status" whose text contains `text`. The popup shows a
 * "reading" status first, so this polls; on timeout it says what the status did show.
 */
export async function waitForStatusContaining(popup: Page, text: string, timeoutMs = 20_000): Promise<string> {
  const status = popup.getByRole('status');
  const deadline = Date.now() + timeoutMs;
  let last = '(no role="status" element)';
  for (;;) {
    const texts = await status.allInnerTexts().catch(() => [] as string[]);
    if (texts.length) last = texts.map((t) => JSON.stringify(t)).join(' | ');
    const hit = texts.find((t) => t.includes(text));
    if (hit !== undefined) return hit;
    if (Date.now() > deadline) {
      const article = await popup.locator('article').count();
      throw new Error(
        `The popup showed no status containing ${JSON.stringify(text)} within ${timeoutMs} ms. ` +
          `Last status text: ${last}. <article> elements: ${article}.`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for the article's headline, with the popup's status in the error if it never comes. */
export async function waitForArticle(popup: Page, timeoutMs = 20_000): Promise<void> {
  try {
    await headlineOf(popup).first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch (error) {
    const status = await popup.getByRole('status').allInnerTexts().catch(() => []);
    throw new Error(
      `The popup showed no <article> with a visible <h1> within ${timeoutMs} ms. ` +
        `Status shown: ${status.length ? status.map((s) => JSON.stringify(s)).join(' | ') : '(none)'}. (${String(error).split('\n')[0]})`,
    );
  }
}

/** The computed font-size, in px, of the article paragraph containing `text`. */
export async function paragraphFontPx(popup: Page, text: string): Promise<number> {
  const p = articleOf(popup).locator('p', { hasText: text }).first();
  const value = await p.evaluate((el) => getComputedStyle(el).fontSize);
  const px = Number.parseFloat(value);
  if (!Number.isFinite(px) || !value.endsWith('px')) throw new Error(`Unexpected computed font-size: ${value}`);
  return px;
}

/** Polls `read` until `accept` holds, returning the last value; the caller asserts on it. */
export async function settle<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
