/**
 * Okur's interface follows the browser's language: real Chromium started in French, then in
 * Turkish, with the built extension. The real popup on a golden page, the reader tab and
 * library.html show their controls, headings, counts, dates and the importers' sentences in
 * that language. Every expectation below is written by hand, not read from the locale files.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn } from './support/popup';
import { waitForArticle } from './support/reader-popup';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const INSTAPAPER = path.join(ROOT, 'tests/fixtures/import/instapaper-export.csv');
const ARTICLE_PATH = '/dunya/poutine-kim.html';
/** The golden page tests/pages/fr-article-on-tr-portal, published on 2024-06-19. */
const TITLE = 'Un moment historique dans les relations entre la Russie et la Corée du Nord : Poutine et Kim Jong-Un se sont rencontrés';

interface Expected {
  lang: 'fr' | 'tr';
  actionTitle: string;
  save: string;
  saved: string;
  removeSaved: string;
  openFullPage: string;
  savedArticles: string;
  readingSettings: string;
  dark: string;
  justified: string;
  lineHeight: string;
  increase: string;
  reset: RegExp;
  percent: RegExp;
  published: string;
  minRead: RegExp;
  originalPage: string;
  pageTitle: string;
  search: string;
  chooseFiles: string;
  importHeading: string;
  exportHeading: string;
  archive: string;
  favorite: string;
  shownOne: string;
  exportPocket: string;
  exportedOne: string;
  importReport: string;
  /** The Instapaper fixture's two rejected lines, as the importer words them. */
  rejectedLines: string[];
  /** A Pocket CSV whose one line has a link that is not a web address. */
  pocketReport: string;
  pocketRejected: string;
  /** A JSON file that is not an Okur backup: the whole file refused. */
  jsonReport: string;
  jsonRefused: string;
  /** Unread, the default view: the import brings 5 entries, one of them archived. */
  shownAfterImport: string;
  withoutTextHeading: string;
  withoutText: string;
  downloadAll: string;
  copyMarkdown: string;
}

const LANGUAGES: Expected[] = [
  {
    lang: 'fr',
    actionTitle: 'Lire avec Okur',
    save: 'Enregistrer pour plus tard',
    saved: 'Enregistré',
    removeSaved: 'Retirer des articles enregistrés',
    openFullPage: 'Ouvrir en pleine page',
    savedArticles: 'Articles enregistrés',
    readingSettings: 'Réglages de lecture',
    dark: 'Sombre',
    justified: 'Justifié',
    lineHeight: '1,6',
    increase: 'Agrandir la taille du texte, A+',
    // French puts a (narrow) no-break space before %.
    // (An accessible name's spaces come out as plain spaces.)
    reset: /^Rétablir la taille du texte, 100\s%$/,
    percent: /^100[\u00a0\u202f]%$/,
    published: '19 juin 2024',
    minRead: /\b\d+ min de lecture\b/,
    originalPage: 'Page d’origine',
    pageTitle: 'Articles enregistrés · Okur',
    search: 'Rechercher dans les articles enregistrés',
    chooseFiles: 'Choisir les fichiers à importer',
    importHeading: 'Importer',
    exportHeading: 'Exporter',
    archive: `Archiver « ${TITLE} »`,
    favorite: `Favori « ${TITLE} »`,
    shownOne: '1 article affiché sur 1',
    exportPocket: 'Exporter en CSV Pocket',
    exportedOne: '1 article exporté : un fichier CSV Pocket.',
    importReport: 'instapaper-export.csv (export CSV d’Instapaper): 5 importés, 1 doublon dans le fichier, 2 refusés.',
    rejectedLines: ['ligne 8 : l’URL « htp:/broken » n’est pas une adresse web.', 'ligne 9 : l’horodatage « yesterday » n’est pas une date.'],
    pocketReport: 'pocket-broken.csv (export CSV de Pocket): 0 importé, 1 refusé.',
    pocketRejected: 'ligne 2 : l’URL « ftp://files.example/list » n’est pas une adresse web.',
    jsonReport: 'notes.json (fichier non reconnu): 0 importé, 1 refusé.',
    jsonRefused: 'Ce fichier JSON n’est pas une sauvegarde Okur. Pour Omnivore, choisissez le fichier zip de l’export lui-même. Okur importe l’export de Pocket',
    shownAfterImport: '5 articles affichés sur 6',
    withoutTextHeading: 'Articles sans leur texte',
    withoutText: '5 articles ont été enregistrés sans leur texte',
    downloadAll: 'Tout télécharger (5)',
    copyMarkdown: 'Copier en Markdown',
  },
  {
    lang: 'tr',
    actionTitle: 'Okur ile oku',
    save: 'Sonra okumak için kaydet',
    saved: 'Kaydedildi',
    removeSaved: 'Kaydedilen makalelerden kaldır',
    openFullPage: 'Tam sayfada aç',
    savedArticles: 'Kaydedilen makaleler',
    readingSettings: 'Okuma ayarları',
    dark: 'Koyu',
    justified: 'İki yana yaslı',
    lineHeight: '1,6',
    increase: 'Metni büyüt, A+',
    // Turkish puts % before the number.
    reset: /^Metin boyutunu sıfırla, %100$/,
    percent: /^%100$/,
    published: '19 Haziran 2024',
    minRead: /\b\d+ dk okuma\b/,
    originalPage: 'Özgün sayfa',
    pageTitle: 'Kaydedilen makaleler · Okur',
    search: 'Kaydedilen makalelerde ara',
    chooseFiles: 'İçe aktarılacak dosyaları seç',
    importHeading: 'İçe aktar',
    exportHeading: 'Dışa aktar',
    archive: `“${TITLE}” adlı makaleyi arşivle`,
    favorite: `Favori “${TITLE}”`,
    shownOne: '1 makaleden 1 tanesi gösteriliyor',
    exportPocket: 'Pocket CSV olarak dışa aktar',
    exportedOne: '1 makale dışa aktarıldı: Pocket CSV dosyası.',
    importReport: 'instapaper-export.csv (Instapaper CSV dışa aktarımı): 5 içe aktarıldı, dosyada 1 kopya, 2 reddedildi.',
    rejectedLines: ['satır 8: “htp:/broken” bir web adresi değil.', 'satır 9: zaman damgası “yesterday” bir tarih değil.'],
    pocketReport: 'pocket-broken.csv (Pocket CSV dışa aktarımı): 0 içe aktarıldı, 1 reddedildi.',
    pocketRejected: 'satır 2: “ftp://files.example/list” bir web adresi değil.',
    jsonReport: 'notes.json (tanınmayan dosya): 0 içe aktarıldı, 1 reddedildi.',
    jsonRefused: 'Bu JSON dosyası bir Okur yedeği değil. Omnivore için dışa aktarımın zip dosyasının kendisini seçin. Okur şunları içe aktarır: Pocket dışa aktarımı',
    shownAfterImport: '6 makaleden 5 tanesi gösteriliyor',
    withoutTextHeading: 'Metni olmayan makaleler',
    withoutText: '5 makale metinleri olmadan kaydedildi',
    downloadAll: 'Tümünü indir (5)',
    copyMarkdown: 'Markdown olarak kopyala',
  },
];

/** The bits of the extension API these checks call in Okur's pages. */
interface ChromeApi {
  chrome: { i18n: { getUILanguage(): string }; action: { getTitle(details: object): Promise<string> } };
}

let server: StaticServer;
const cleanup = new Cleanup();

beforeAll(async () => {
  server = await startStaticServer({ [ARTICLE_PATH]: { file: path.join(ROOT, 'tests/pages/fr-article-on-tr-portal/source.html') } });
  await mkdir(ARTIFACTS, { recursive: true });
});
afterEach(async () => cleanup.runAll());
afterAll(async () => {
  await cleanup.runAll();
  await server?.stop();
});

async function launchIn(lang: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ userDataDir: await cleanup.tempDir(`okur-e2e-${lang}-`), lang });
  cleanup.add('close the browser', () => browser.close());
  return browser;
}

async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.locator('h1').first().waitFor({ timeout: 15_000 });
  return page;
}

/** The visually hidden "n of m articles shown" line, once it says `text`. */
async function expectShown(library: Page, text: string): Promise<void> {
  await expect.poll(() => library.locator('[aria-live="polite"].okur-visually-hidden').innerText(), { timeout: 10_000 }).toBe(text);
}

describe.each(LANGUAGES)('Okur in a browser whose language is $lang', (x) => {
  it('shows the popup, the reader and the reading list in that language', async () => {
    const browser = await launchIn(x.lang);

    // The browser really runs in that language (Debian's Chromium needs chromium-l10n for it).
    const library = await openLibrary(browser);
    const uiLanguage = await library.evaluate(() => (globalThis as unknown as ChromeApi).chrome.i18n.getUILanguage());
    if (!uiLanguage.toLowerCase().startsWith(x.lang)) {
      throw new Error(`Chromium started with --lang=${x.lang} and LANGUAGE=${x.lang} runs in "${uiLanguage}". On Debian, install its languages: apt-get install chromium-l10n.`);
    }
    expect(await library.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${x.lang}\\b`));
    // The manifest's toolbar title, from public/_locales.
    expect(await library.evaluate(() => (globalThis as unknown as ChromeApi).chrome.action.getTitle({}))).toBe(x.actionTitle);
    await library.close();

    // The real popup on a golden page.
    const tab = await browser.context.newPage();
    await tab.goto(server.url(ARTICLE_PATH), { waitUntil: 'load' });
    const opened = await openPopupOn(browser, tab);
    cleanup.add('disconnect from the popup', () => opened.disconnect());
    const popup = opened.popup;
    await waitForArticle(popup);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${x.lang}\\b`));
    // The article keeps its own language; only Okur's interface changed.
    expect(await popup.locator('article').getAttribute('lang')).toBe('fr');
    expect(await popup.getByRole('button', { name: x.save, exact: true }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: x.openFullPage, exact: true }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: x.savedArticles, exact: true }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: x.increase, exact: true }).count()).toBe(1);
    expect((await popup.locator('.okur-reset').innerText()).trim()).toMatch(x.percent);
    expect(await popup.getByRole('button', { name: x.reset }).count()).toBe(1);
    const facts = await popup.locator('.okur-article-facts').innerText();
    expect(facts).toContain(x.published);
    expect(facts).toMatch(x.minRead);
    expect(facts).not.toContain('June');

    await popup.getByRole('button', { name: x.readingSettings, exact: true }).click();
    const panel = popup.getByRole('group', { name: x.readingSettings, exact: true });
    expect(await panel.getByRole('radio', { name: x.dark, exact: true }).count()).toBe(1);
    expect(await panel.getByRole('radio', { name: x.justified, exact: true }).count()).toBe(1);
    expect(await panel.getByRole('radio', { name: x.lineHeight, exact: true }).count()).toBe(1);

    await popup.getByRole('button', { name: x.save, exact: true }).click();
    await popup.getByText(x.saved, { exact: true }).waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('button', { name: x.removeSaved, exact: true }).count()).toBe(1);
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${x.lang}.png`) });
    await opened.close();
    await tab.close();

    // The reading list.
    const list = await openLibrary(browser);
    expect(await list.title()).toBe(x.pageTitle);
    expect((await list.locator('h1').innerText()).trim()).toBe(x.savedArticles);
    expect(await list.getByRole('searchbox', { name: x.search, exact: true }).count()).toBe(1);
    expect(await list.getByRole('heading', { name: x.importHeading, exact: true }).count()).toBe(1);
    expect(await list.getByRole('heading', { name: x.exportHeading, exact: true }).count()).toBe(1);
    expect(await list.getByText(x.chooseFiles, { exact: true }).count()).toBe(1);
    await list.locator('.okur-row-title', { hasText: TITLE }).waitFor({ timeout: 10_000 });
    expect(await list.locator('.okur-row-facts').first().innerText()).toContain(x.published);
    expect(await list.getByRole('button', { name: x.archive, exact: true }).count()).toBe(1);
    expect(await list.getByRole('button', { name: x.favorite, exact: true, pressed: false }).count()).toBe(1);
    await expectShown(list, x.shownOne);

    // A counted sentence in the singular.
    await list.getByRole('button', { name: x.exportPocket, exact: true }).click();
    await expect.poll(() => list.getByRole('status').filter({ hasText: x.exportedOne }).count(), { timeout: 10_000 }).toBe(1);

    // An import report in that language: the counts, the format names and the importers' own
    // reasons for a rejected line or a refused file.
    const chooser = list.waitForEvent('filechooser');
    await list.getByText(x.chooseFiles, { exact: true }).click();
    await (await chooser).setFiles([
      { name: 'instapaper-export.csv', mimeType: 'text/csv', buffer: await readFile(INSTAPAPER) },
      { name: 'pocket-broken.csv', mimeType: 'text/csv', buffer: Buffer.from('title,url,time_added,tags,status\nAn FTP link,ftp://files.example/list,1719200000,,unread\n') },
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes": []}') },
    ]);
    const report = list.locator('.okur-import-report');
    await report.nth(2).waitFor({ timeout: 60_000 });
    const reportText = (await report.allInnerTexts()).join('\n').replace(/[ \t]+/g, ' ');
    expect(reportText).toContain(x.importReport);
    for (const line of x.rejectedLines) expect(reportText).toContain(line);
    expect(reportText).toContain(x.pocketReport);
    expect(reportText).toContain(x.pocketRejected);
    expect(reportText).toContain(x.jsonReport);
    expect(reportText).toContain(x.jsonRefused);
    expect(reportText).not.toMatch(/is not a web address|is not a date|is not an Okur backup/);
    await expectShown(list, x.shownAfterImport);
    // The entries that came without their text can be downloaded at once.
    expect(await list.getByRole('heading', { name: x.withoutTextHeading, exact: true }).count()).toBe(1);
    expect(await list.getByText(x.withoutText).count()).toBe(1);
    expect(await list.getByRole('button', { name: x.downloadAll, exact: true }).count()).toBe(1);
    await list.screenshot({ path: path.join(ARTIFACTS, `library-${x.lang}.png`), fullPage: true });

    // The saved article in a full tab.
    await list.locator('.okur-row-title', { hasText: TITLE }).click();
    await list.waitForURL(/\/reader\.html\?id=/);
    await list.locator('article h1').waitFor({ timeout: 10_000 });
    expect(await list.getByRole('link', { name: x.originalPage, exact: true }).count()).toBe(1);
    expect(await list.getByRole('button', { name: x.copyMarkdown, exact: true }).count()).toBe(1);
    expect(await list.getByRole('link', { name: x.savedArticles, exact: true }).count()).toBe(1);
    expect(await list.locator('.okur-article-facts').innerText()).toContain(x.published);
  });
});
