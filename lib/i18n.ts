import { browser } from 'wxt/browser';
import en from '@/public/_locales/en/messages.json';

/**
 * Okur's own words in the reader's language. The sentences live in public/_locales/<lang>/
 * messages.json (English is the default locale and the source of the keys); the browser picks
 * the file that matches its interface language. Outside a browser (unit tests, the CLI) the
 * English file is read directly, with the same substitution rules.
 */
type English = typeof en;
export type MessageKey = keyof English;
type KeyWithPlaceholders = { [K in MessageKey]: English[K] extends { placeholders: object } ? K : never }[MessageKey];
/** A key whose sentence takes no substitution. */
export type PlainKey = Exclude<MessageKey, KeyWithPlaceholders>;
/** Keys that come as a pair base_one / base_other: a sentence with a count ($1) in it. */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

/** Numbers are formatted for the interface language before they go into a sentence. */
export type Substitution = string | number;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | null {
  // `browser` is undefined in Node; in a browser every Okur context has i18n.
  const i18n = (browser as { i18n?: Partial<I18nApi> } | undefined)?.i18n;
  return typeof i18n?.getMessage === 'function' && typeof i18n.getUILanguage === 'function' ? (i18n as I18nApi) : null;
}

/** The browser's own substitution rules: $NAME$ -> the placeholder's content, $1..$9 -> arguments, $$ -> $. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return placeholder ? placeholder[1].content : whole;
  });
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

function asStrings(substitutions: Substitution | readonly Substitution[] | undefined): string[] {
  if (substitutions === undefined) return [];
  const list = Array.isArray(substitutions) ? (substitutions as readonly Substitution[]) : [substitutions as Substitution];
  return list.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
}

/** The sentence for `key` in the interface language. A key missing from en/messages.json is a type error. */
export function t(key: PlainKey): string;
export function t(key: KeyWithPlaceholders, substitutions: Substitution | readonly Substitution[]): string;
export function t(key: MessageKey, substitutions?: Substitution | readonly Substitution[]): string {
  const args = asStrings(substitutions);
  const fromBrowser = api()?.getMessage(key, args);
  if (fromBrowser) return fromBrowser;
  return formatMessage(en[key] as MessageEntry, args);
}

/** A sentence with a count: base_one or base_other by the interface language's plural rules. */
export function tn(base: PluralBase, count: number, more: readonly Substitution[] = []): string {
  const key = (new Intl.PluralRules(uiLocale()).select(count) === 'one' ? `${base}_one` : `${base}_other`) as KeyWithPlaceholders;
  return t(key, [count, ...more]);
}

let cachedLocale: string | null = null;

/**
 * The locale to format dates and numbers in: the browser's interface language when Okur speaks
 * it ("fr-CA", "en-GB"), else the language of the messages the browser chose (a German browser
 * reads Okur in English, so its dates are English too).
 */
export function uiLocale(): string {
  if (cachedLocale) return cachedLocale;
  const messages = t('messagesLocale');
  const ui = api()?.getUILanguage() ?? '';
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  let locale = messages;
  if (ui && primary(ui) === primary(messages)) {
    try {
      locale = Intl.getCanonicalLocales(ui.replace(/_/g, '-'))[0] ?? messages;
    } catch {
      /* not a tag Intl knows: the messages' language will do */
    }
  }
  cachedLocale = locale;
  return locale;
}

/** Plain numbers are formatted for every count on screen: one formatter, built once. */
let plainNumbers: Intl.NumberFormat | null = null;

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(uiLocale(), options).format(n);
  plainNumbers ??= new Intl.NumberFormat(uiLocale());
  return plainNumbers.format(n);
}

/** Marks Okur's page as written in the interface language, for screen readers and hyphenation. */
export function localizeDocument(doc: Document, title?: string): void {
  doc.documentElement.lang = uiLocale();
  if (title !== undefined) doc.title = title;
}
