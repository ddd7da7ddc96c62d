import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownExtractMessage, localizeExtractMessage } from '@/lib/extract-messages';
import { EXTRACT_ERRORS, NOT_ARTICLE_REASONS } from '@/lib/extract/reasons';
import { formatPublished } from '@/lib/format';
import { formatMessage, t, tn, uiLocale } from '@/lib/i18n';

/**
 * Okur's interface in English, French and Turkish (public/_locales). English is the source:
 * every other language has each of its keys, with the same placeholders, and every key is used.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES_DIR = path.join(ROOT, 'public/_locales');
const LANGUAGES = ['fr', 'tr'] as const;

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

function load(lang: string): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;
}
const en = load('en');
const others = Object.fromEntries(LANGUAGES.map((l) => [l, load(l)])) as Record<(typeof LANGUAGES)[number], Messages>;

/**
 * Messages that may read the same in English, French and Turkish, each with its reason. Empty
 * today; a brand name or a file format alone on a button would go here.
 */
const SAME_IN_ALL_LANGUAGES: Readonly<Record<string, string>> = {};

/** $NAME$ references in a message, lower-cased as the browser matches them. */
function referencedPlaceholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
}

function placeholderContents(entry: Entry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
}

/** Every source file of the extension (tests and the locale files themselves excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|html)$/.test(name) ? [full] : [];
  });
}
const SOURCE = [...['components', 'entrypoints', 'lib'].flatMap((d) => sourceFiles(path.join(ROOT, d))), path.join(ROOT, 'wxt.config.ts')]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('the locale files', () => {
  it('are exactly English, French and Turkish, English being the default', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['en', 'fr', 'tr']);
    expect(SOURCE).toMatch(/default_locale: 'en'/);
  });

  it.each(LANGUAGES)('%s has every English key and no other', (lang) => {
    expect(Object.keys(others[lang]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(['en', ...LANGUAGES])('%s: no empty message, and each placeholder is declared and used', (lang) => {
    const messages = lang === 'en' ? en : others[lang as (typeof LANGUAGES)[number]];
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${lang}/${key}`).not.toBe('');
      expect(referencedPlaceholders(entry.message), `${lang}/${key}`).toEqual(Object.keys(placeholderContents(entry)).sort());
      // A lone $ would be read by the browser as a substitution.
      expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), `${lang}/${key}`).not.toContain('$');
    }
  });

  it.each(LANGUAGES)('%s fills the same placeholders with the same arguments as English', (lang) => {
    for (const [key, entry] of Object.entries(en)) {
      expect(placeholderContents(others[lang][key]!), `${lang}/${key}`).toEqual(placeholderContents(entry));
    }
  });

  it('has both forms of every counted sentence', () => {
    for (const key of Object.keys(en)) {
      const one = /^(.+)_one$/.exec(key);
      const other = /^(.+)_other$/.exec(key);
      if (one) expect(en, key).toHaveProperty(`${one[1]}_other`);
      if (other) expect(en, key).toHaveProperty(`${other[1]}_one`);
      // The count is the first argument, so that French 0 ("0 article") and 1 both show it.
      if (one || other) expect(placeholderContents(en[key]!), key).toSatisfy((c: Record<string, string>) => Object.values(c).includes('$1'));
    }
  });

  it('uses every key in the code', () => {
    const unused = Object.keys(en).filter((key) => {
      const base = /^(.+)_(one|other)$/.exec(key)?.[1];
      const names = base ? [key, base] : [key];
      return !names.some((n) => SOURCE.includes(`'${n}'`) || SOURCE.includes(`"${n}"`) || SOURCE.includes(`__MSG_${n}__`));
    });
    expect(unused).toEqual([]);
  });

  it('names only existing keys in the manifest', () => {
    const referenced = [...SOURCE.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(referenced.length).toBeGreaterThan(0);
    for (const key of referenced) expect(en, key).toHaveProperty(key);
  });

  it('translates everything: no message reads as in English in both French and Turkish', () => {
    const untranslated = Object.keys(en).filter((k) => en[k]!.message === others.fr[k]!.message && en[k]!.message === others.tr[k]!.message && !(k in SAME_IN_ALL_LANGUAGES));
    expect(untranslated).toEqual([]);
    for (const key of Object.keys(SAME_IN_ALL_LANGUAGES)) expect(en, `whitelisted ${key}`).toHaveProperty(key);
  });

  it('says which language each file is in', () => {
    expect(en.messagesLocale!.message).toBe('en');
    expect(others.fr.messagesLocale!.message).toBe('fr');
    expect(others.tr.messagesLocale!.message).toBe('tr');
  });

  it('writes French with its own apostrophe and Turkish with its own letters', () => {
    for (const [key, entry] of Object.entries(others.fr)) expect(entry.message, `fr/${key}`).not.toContain("'");
    const turkish = Object.values(others.tr)
      .map((e) => e.message)
      .join(' ');
    for (const letter of ['ı', 'İ', 'ş', 'ğ', 'ç', 'ö', 'ü']) expect(turkish).toContain(letter);
  });
});

describe('t() outside a browser', () => {
  it('reads the English file', () => {
    expect(uiLocale()).toBe('en');
    expect(t('saveForLater')).toBe('Save for later');
    expect(t('savedArticles')).toBe('Saved articles');
    expect(t('deleteArticle', 'Freibadsaison')).toBe('Delete “Freibadsaison”');
    expect(t('syncPartial', [3, 10, 'today'])).toMatch(/the 3 most recently changed of 10 articles sync .* Last synced today\.$/);
  });

  it('picks the counted form and formats the count', () => {
    expect(tn('exported', 9, [t('exportPocketWhat')])).toBe('Exported 9 articles as a Pocket CSV file.');
    expect(tn('exported', 1, [t('exportJsonWhat')])).toBe('Exported 1 article as an Okur backup.');
    expect(tn('imported', 1234)).toBe('1,234 imported');
    expect(tn('duplicatesInFile', 1)).toBe('1 duplicates in the file');
  });

  it('substitutes like the browser, whichever order a language puts the placeholders in', () => {
    expect(formatMessage(others.fr.shownCount_other!, ['12', '3'])).toBe('3 articles affichés sur 12');
    expect(formatMessage(others.tr.shownCount_other!, ['12', '3'])).toBe('12 makaleden 3 tanesi gösteriliyor');
    expect(formatMessage(others.fr.exported_one!, ['0', 'une sauvegarde Okur'])).toBe('0 article exporté : une sauvegarde Okur.');
    expect(formatMessage({ message: 'Costs $$5: $A$', placeholders: { a: { content: '$1' } } }, ['ok'])).toBe('Costs $5: ok');
  });

  it('formats a stated date in the interface language', () => {
    expect(formatPublished('2024-06-19')).toBe('June 19, 2024');
    expect(formatPublished('2024-06-19', 'fr')).toBe('19 juin 2024');
    expect(formatPublished('2024-06-19', 'tr')).toBe('19 Haziran 2024');
  });
});

describe('the extraction core’s sentences', () => {
  it('are each known, so the reader sees them in their language', () => {
    for (const sentence of [...Object.values(NOT_ARTICLE_REASONS), ...Object.values(EXTRACT_ERRORS)]) {
      expect(isKnownExtractMessage(sentence), sentence).toBe(true);
      // In English (the fallback here) the localized sentence is the core's own.
      expect(localizeExtractMessage(sentence)).toBe(sentence);
    }
  });

  it('leaves any other sentence as it came', () => {
    expect(localizeExtractMessage('Something the browser said.')).toBe('Something the browser said.');
  });
});
