import { browser } from 'wxt/browser';

/** Where WXT puts the extractor document (entrypoints/extractor) in the build. */
const EXTRACTOR_PAGE = '/extractor.html';

/** The creation in progress in this context, so two reads at once ask for one document. */
let opening: Promise<void> | null = null;

/**
 * Whether this browser keeps an extractor document (Chrome's offscreen documents). Firefox has
 * none, and reads the page in place with the content script.
 */
export function hasExtractorDocument(): boolean {
  return typeof browser.offscreen?.createDocument === 'function';
}

/** Whether the extractor document is open now, so a click can be read in it. */
export function isExtractorDocumentOpen(): Promise<boolean> {
  return browser.offscreen.hasDocument();
}

/**
 * Opens the extractor document unless it is open already. It stays open from then on: its whole
 * point is that the extraction core is still loaded and compiled at the next click.
 */
export async function openExtractorDocument(): Promise<void> {
  if (await isExtractorDocumentOpen()) return;
  opening ??= browser.offscreen
    .createDocument({
      url: EXTRACTOR_PAGE,
      reasons: ['DOM_PARSER'],
      justification: 'Reads the article of the page the reader clicked Okur on, from a copy of its HTML.',
    })
    // The popup and the background may both have asked; the one that lost finds it open.
    .catch(async (error: unknown) => {
      if (!(await isExtractorDocumentOpen())) throw error;
    })
    .finally(() => {
      opening = null;
    });
  await opening;
}
