import { browser } from 'wxt/browser';
import type { Article } from './extract/types';
import { parseContentReply } from './messages';
import { localizeExtractMessage } from './extract-messages';
import { t } from './i18n';
import { restrictedKindOfError, restrictedKindOfUrl, restrictedMessage } from './restricted-pages';

export type ReadResult =
  | { status: 'article'; article: Article }
  | { status: 'not-article'; reason: string }
  | { status: 'restricted'; message: string }
  | { status: 'error'; message: string };

/** Where WXT puts the runtime-registered content script in the build. */
const EXTRACT_SCRIPT = '/content-scripts/extract.js';
/** Past this the page is taken to be stuck; the reader gets a sentence, not an endless spinner. */
const READ_TIMEOUT_MS = 20_000;

/** Reads the article of the tab the reader clicked Okur on. Never throws. */
export async function readActiveTab(): Promise<ReadResult> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return readTab(tab);
}

/** Reads the article of a tab the reader pointed Okur at (toolbar, context menu, shortcut). Never throws. */
export async function readTab(tab: { id?: number; url?: string } | undefined): Promise<ReadResult> {
  if (tab?.id === undefined) {
    return { status: 'error', message: t('readNoTab') };
  }
  const kind = restrictedKindOfUrl(tab.url);
  if (kind) return { status: 'restricted', message: restrictedMessage(kind) };
  if (tab.url?.startsWith('file:') && !(await browser.extension.isAllowedFileSchemeAccess())) {
    return { status: 'restricted', message: restrictedMessage('file') };
  }
  try {
    const results = await withTimeout(
      browser.scripting.executeScript({ target: { tabId: tab.id }, files: [EXTRACT_SCRIPT] }),
      READ_TIMEOUT_MS,
    );
    const reply = parseContentReply(results[0]?.result);
    if (!reply) {
      return { status: 'error', message: t('readNoAnswer') };
    }
    if (reply.type === 'article') return { status: 'article', article: reply.article };
    // The extraction core answers in English; the reader sees its sentence in their language.
    if (reply.type === 'not-article') return { status: 'not-article', reason: localizeExtractMessage(reply.reason) };
    return { status: 'error', message: localizeExtractMessage(reply.message) };
  } catch (error) {
    return errorResult(error instanceof Error ? error.message : String(error));
  }
}

function errorResult(message: string): ReadResult {
  if (message === 'timeout') {
    return { status: 'error', message: t('readTimeout') };
  }
  const kind = restrictedKindOfError(message);
  if (kind) return { status: 'restricted', message: restrictedMessage(kind) };
  if (/No tab with id|Frame with ID|was removed|tab was closed/i.test(message)) {
    return { status: 'error', message: t('readPageChanged') };
  }
  return { status: 'error', message: t('readBrowserSaid', message) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
