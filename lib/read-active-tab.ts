import { browser } from 'wxt/browser';
import type { Article } from './extract/types';
import { hasExtractorDocument, isExtractorDocumentOpen, openExtractorDocument } from './extractor-document';
import { parseExtractReply, parsePageSnapshot, type ExtractReply, type ReaderToExtractorMessage } from './messages';
import { localizeExtractMessage } from './extract-messages';
import { t } from './i18n';
import { restrictedKindOfError, restrictedKindOfUrl, restrictedMessage } from './restricted-pages';

export type ReadResult =
  | { status: 'article'; article: Article }
  | { status: 'not-article'; reason: string }
  | { status: 'restricted'; message: string }
  | { status: 'error'; message: string };

/** Where WXT puts the runtime-registered content scripts in the build. */
const SNAPSHOT_SCRIPT = '/content-scripts/snapshot.js';
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
    const reply = await withTimeout(readTabContent(tab.id), READ_TIMEOUT_MS);
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

/**
 * The extraction core's answer about the tab: from the extractor document, given a copy of the
 * page, where the browser has one and it is open; read in the page itself otherwise, or when the
 * copy or the document fails. Null when nothing answered as Okur answers.
 */
async function readTabContent(tabId: number): Promise<ExtractReply | null> {
  if (hasExtractorDocument()) {
    if (await isExtractorDocumentOpen()) {
      const [copied] = await browser.scripting.executeScript({ target: { tabId }, files: [SNAPSHOT_SCRIPT] });
      const snapshot = parsePageSnapshot(copied?.result);
      if (snapshot?.type === 'error') return snapshot;
      if (snapshot?.type === 'page') {
        const message: ReaderToExtractorMessage = { type: 'extract', html: snapshot.html, url: snapshot.url, baseUrl: snapshot.baseUrl };
        const reply = parseExtractReply(await browser.runtime.sendMessage(message).catch(() => null));
        if (reply) return reply;
      }
    } else {
      // The first click of a session: opening the document and loading the core into it takes
      // longer than reading the page in place, so the page is read in place while the document
      // opens for the clicks after.
      openExtractorDocument().catch(() => {});
    }
  }
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  return parseExtractReply(result?.result);
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
