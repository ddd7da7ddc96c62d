import { t, type PlainKey } from './i18n';

/**
 * Pages the browser does not let extensions read, named so the reader knows why Okur is silent.
 * Checked on the tab's address before injecting, and again on the browser's error after.
 */
export type RestrictedKind = 'browser' | 'store' | 'source' | 'pdf' | 'file' | 'other';

const RESTRICTED_MESSAGES: Readonly<Record<RestrictedKind, PlainKey>> = {
  browser: 'restrictedBrowser',
  store: 'restrictedStore',
  source: 'restrictedSource',
  pdf: 'restrictedPdf',
  file: 'restrictedFile',
  other: 'restrictedOther',
};

/** Why Okur cannot read this kind of page, in the interface language. */
export function restrictedMessage(kind: RestrictedKind): string {
  return t(RESTRICTED_MESSAGES[kind]);
}

const STORE_URL = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;

export function restrictedKindOfUrl(url: string | undefined): RestrictedKind | null {
  if (!url) return null;
  if (/^view-source:/i.test(url)) return 'source';
  if (/^(chrome|edge|brave|opera|vivaldi|about|chrome-search|devtools|chrome-untrusted):/i.test(url)) return 'browser';
  if (/^(chrome-extension|moz-extension|extension):\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//i.test(url)) return 'pdf';
  if (/^(chrome-extension|moz-extension|extension):/i.test(url)) return 'other';
  if (STORE_URL.test(url)) return 'store';
  if (/^https?:\/\/[^?#]+\.pdf([?#]|$)/i.test(url)) return 'pdf';
  if (/^(data|blob|javascript):/i.test(url)) return 'other';
  return null;
}

/** The browser's own refusal, in Chrome's and Firefox's words, read as a kind. */
export function restrictedKindOfError(message: string): RestrictedKind | null {
  if (/extensions gallery|web ?store|cannot be scripted/i.test(message)) return 'store';
  if (/file:\/\//i.test(message)) return 'file';
  if (/(chrome|edge|about|view-source):/i.test(message)) return /view-source/i.test(message) ? 'source' : 'browser';
  if (/pdf/i.test(message)) return 'pdf';
  if (/Missing host permission|Cannot access contents of the page|Cannot access a chrome/i.test(message)) return 'other';
  return null;
}
