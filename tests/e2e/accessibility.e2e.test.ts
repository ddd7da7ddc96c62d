/**
 * Accessibility in real Chromium with the built extension: axe-core (WCAG 2.0/2.1 A and AA rules)
 * on every page Okur shows — the real popup, the full-page reader (opened from the popup and from
 * the reading list) and the reading list itself — in every theme the reading settings offer, set
 * through the real settings panel, on a left-to-right (French) and a right-to-left (Arabic)
 * article. "Auto" is checked twice: with the system asking for a light and for a dark scheme.
 * Then the keyboard: Tab through the popup; every stop has an accessible name and a visible
 * focus indicator.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { THEMES, type Theme } from '@/lib/reading-settings';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { Cleanup } from './support/cleanup';
import { openPopupOn, type OpenPopup } from './support/popup';
import { waitForArticle } from './support/reader-popup';
import { startStaticServer, type StaticServer } from './support/static-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;

/** The labels of the theme radios in the reading settings panel (components/ReadingSettingsPanel.tsx). */
const THEME_LABELS: Record<Theme, string> = { auto: 'Auto', light: 'Light', sepia: 'Sepia', dark: 'Dark', contrast: 'High contrast' };
/** Each theme, and "auto" once per system colour scheme it follows. */
interface Variant {
  theme: Theme;
  scheme: 'light' | 'dark';
  label: string;
}
const VARIANTS: Variant[] = THEMES.flatMap((theme): Variant[] =>
  theme === 'auto'
    ? [
        { theme, scheme: 'light', label: 'auto (system light)' },
        { theme, scheme: 'dark', label: 'auto (system dark)' },
      ]
    : [{ theme, scheme: 'light', label: theme }],
);

const ARTICLES = {
  fr: { path: '/fr/poutine-kim.html', file: 'tests/pages/fr-article-on-tr-portal/source.html', title: /^Un moment historique/ },
  ar: { path: '/ar/tahliya.html', file: 'tests/pages/ar-rtl-news/source.html', title: /^افتتاح أكبر محطة/ },
};

let server: StaticServer;
const cleanup = new Cleanup();
beforeAll(async () => {
  server = await startStaticServer(
    Object.fromEntries(Object.values(ARTICLES).map((a) => [a.path, { file: path.join(ROOT, a.file) }])),
  );
});
afterEach(async () => cleanup.runAll());
afterAll(async () => {
  await cleanup.runAll();
  await server?.stop();
});

interface Found {
  where: string;
  theme: string;
  violation: Result;
}

/** Every axe finding of every run, and what was checked. */
class Audit {
  found: Found[] = [];
  checks = new Set<string>();
  pages = new Set<string>();
  themes = new Set<string>();
  runs = 0;
  /** What axe could not decide (e.g. text over an image): counted and listed, not failed on. */
  review = new Map<string, number>();

  /** Runs axe on `page` as it is now. Extension pages forbid inline scripts (script-src 'self'), so axe goes in through CDP. */
  async run(page: Page, where: string, theme: string, state = ''): Promise<void> {
    const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
    if (!loaded) await page.evaluate(AXE_SOURCE);
    const results = (await page.evaluate(
      (tags) =>
        (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations', 'incomplete'],
        }),
      AXE_TAGS,
    )) as AxeResults;
    this.runs++;
    this.pages.add(where);
    this.themes.add(theme);
    this.checks.add(`${where}|${theme}`);
    for (const violation of results.violations) this.found.push({ where: state ? `${where} (${state})` : where, theme, violation });
    for (const r of results.incomplete) {
      for (const n of r.nodes) {
        const key = `${r.id}${state ? ` (${state})` : ''}: ${n.target.join(' ')} (${(n.any[0]?.message ?? '').slice(0, 120)})`;
        this.review.set(key, (this.review.get(key) ?? 0) + 1);
      }
    }
  }

  /** One line per rule, page and theme: id, impact, the selectors of every node, and what is wrong. */
  describe(filter: (f: Found) => boolean): string {
    return this.found
      .filter(filter)
      .map(({ where, theme, violation: v }) => {
        const targets = v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' >>> '));
        const summary = (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        return `- ${v.id} (${v.impact}) on ${where}, theme ${theme}: ${v.help}. ${v.nodes.length} node(s): ${targets.join(', ')}. ${summary}`;
      })
      .join('\n');
  }

  byImpact(): Record<string, number> {
    const counts: Record<string, number> = Object.fromEntries(IMPACTS.map((i) => [i, 0]));
    for (const f of this.found) counts[f.violation.impact ?? 'minor'] = (counts[f.violation.impact ?? 'minor'] ?? 0) + 1;
    return counts;
  }
}

/** Opens the reading settings panel if it is closed. */
async function openSettings(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Reading settings' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByRole('group', { name: 'Reading settings' }).waitFor();
}

async function closeSettings(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Reading settings' });
  if ((await button.getAttribute('aria-expanded')) === 'true') await button.click();
  await page.getByRole('group', { name: 'Reading settings' }).waitFor({ state: 'detached' });
}

/** Picks a theme in `control`'s reading settings panel, as a reader does; leaves the panel open. */
async function pickTheme(control: Page, theme: Theme): Promise<void> {
  await openSettings(control);
  await control.getByRole('group', { name: 'Reading settings' }).getByRole('radio', { name: THEME_LABELS[theme], exact: true }).check();
}

/** Waits until `page` shows `theme` (pages follow a change made in another Okur page). */
async function waitForTheme(page: Page, theme: Theme): Promise<void> {
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 10_000 });
  // Let styles recompute and paint before axe reads colours.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** A page with its own settings panel: each theme variant checked with the panel open, then closed. */
async function auditWithPanel(audit: Audit, page: Page, where: string): Promise<void> {
  for (const v of VARIANTS) {
    await page.emulateMedia({ colorScheme: v.scheme });
    await pickTheme(page, v.theme);
    await waitForTheme(page, v.theme);
    await audit.run(page, where, v.label, 'settings open');
    await closeSettings(page);
    await audit.run(page, where, v.label);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openPopup(browser: ExtensionBrowser, tab: Page): Promise<OpenPopup> {
  const opened = await openPopupOn(browser, tab);
  cleanup.add('disconnect from the popup', () => opened.disconnect());
  await waitForArticle(opened.popup);
  return opened;
}

/** Clicks "Open in full page" in the popup and returns the reader tab, once its article is shown. */
async function openFullPage(browser: ExtensionBrowser, opened: OpenPopup, title: RegExp): Promise<Page> {
  const tabOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html?open=') });
  const popupClosed = opened.popup.waitForEvent('close');
  await opened.popup.getByRole('button', { name: 'Open in full page' }).click();
  const reader = await tabOpened;
  await popupClosed; // the popup closes itself as the tab opens
  await opened.disconnect();
  await reader.locator('article h1').waitFor();
  expect((await reader.locator('article h1').innerText()).trim()).toMatch(title);
  return reader;
}

interface Stop {
  tag: string;
  text: string;
  name: string;
  focusVisible: boolean;
  outline: string;
  boxShadow: string;
  visibleIndicator: boolean;
}

/** Presses Tab from the top of the page until focus comes back round, and describes each stop. */
async function tabThrough(page: Page, max = 150): Promise<Stop[]> {
  await page.evaluate(AXE_SOURCE); // for its accessible-name computation
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      // A stable identity for "we are back where we started".
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) path.push(`${n.tagName}:${Array.from(n.parentElement?.children ?? []).indexOf(n)}`);
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      axe.setup(document);
      let name: string;
      try {
        name = axe.commons.text.accessibleText(el).trim();
      } finally {
        axe.teardown();
      }
      const style = getComputedStyle(el);
      const outlineWidth = parseFloat(style.outlineWidth) || 0;
      const hasOutline = style.outlineStyle !== 'none' && (outlineWidth > 0 || style.outlineStyle === 'auto');
      const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return {
        key: path.join('/'),
        tag: el.tagName.toLowerCase() + (el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
        name,
        focusVisible: el.matches(':focus-visible'),
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        visibleIndicator: hasOutline || hasShadow,
      };
    });
    if (!stop) {
      if (stops.length) break; // focus left the document after the last control
      continue;
    }
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    const { key: _key, ...rest } = stop;
    stops.push(rest);
  }
  return stops;
}

describe('accessibility in Chromium (axe-core, keyboard)', () => {
  it('finds no serious or critical WCAG 2.1 A/AA violation on any page in any theme', async () => {
    const started = performance.now();
    const audit = new Audit();
    await mkdir(ARTIFACTS, { recursive: true });
    const profile = await cleanup.tempDir('okur-e2e-a11y-');
    const browser = await launchWithExtension({ userDataDir: profile });
    cleanup.add('close the browser', () => browser.close());

    // French, left to right: saved from the popup first, so the popup and reader show "Saved".
    const frTab = await browser.context.newPage();
    await frTab.goto(server.url(ARTICLES.fr.path), { waitUntil: 'load' });
    let opened = await openPopup(browser, frTab);
    await opened.popup.getByRole('button', { name: 'Save for later', exact: true }).click();
    await opened.popup.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });
    await auditWithPanel(audit, opened.popup, 'popup, French article (saved)');
    const frReader = await openFullPage(browser, opened, ARTICLES.fr.title);
    await auditWithPanel(audit, frReader, 'full-page reader, French article (saved)');

    // Arabic, right to left: not saved, so "Save for later" (the accent button) is checked too.
    const arTab = await browser.context.newPage();
    await arTab.goto(server.url(ARTICLES.ar.path), { waitUntil: 'load' });
    opened = await openPopup(browser, arTab);
    expect(await opened.popup.locator('article').getAttribute('dir')).toBe('rtl');
    await auditWithPanel(audit, opened.popup, 'popup, Arabic article (RTL, not saved)');
    const arReader = await openFullPage(browser, opened, ARTICLES.ar.title);
    await auditWithPanel(audit, arReader, 'full-page reader, Arabic article (RTL, not saved)');
    await arReader.getByRole('button', { name: 'Save for later', exact: true }).click();
    await arReader.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });

    // The reading list with both articles; it has no settings panel of its own and follows the
    // theme picked in another Okur page, here the French reader tab.
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('.okur-row').nth(1).waitFor();
    // Tags, as a reader adds them, so their chips are checked too; the second row's tag form stays open.
    await library.getByRole('button', { name: /^Edit tags of “Un moment historique/ }).click();
    await library.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('monde, politique');
    await library.getByRole('button', { name: 'Save tags' }).click();
    await library.locator('.okur-tags li', { hasText: 'politique' }).waitFor();
    await library.getByRole('button', { name: /^Edit tags of “افتتاح/ }).click();
    await library.getByRole('textbox', { name: 'Tags, separated by commas' }).waitFor();
    for (const v of VARIANTS) {
      await library.emulateMedia({ colorScheme: v.scheme });
      await pickTheme(frReader, v.theme);
      await waitForTheme(library, v.theme);
      await audit.run(library, 'reading list (2 articles, one RTL)', v.label);
      await library.screenshot({ path: path.join(ARTIFACTS, `a11y-library-${v.label.replace(/\W+/g, '-').replace(/-$/, '')}.png`), fullPage: true });
    }
    await library.emulateMedia({ colorScheme: 'light' });

    // A saved article opened from the list: the reader without "Save for later".
    await library.getByRole('link', { name: /^Un moment historique/ }).click();
    await library.waitForURL(/reader\.html\?id=/);
    await library.locator('article h1').waitFor();
    await auditWithPanel(audit, library, 'full-page reader, French article opened from the list');

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const impacts = audit.byImpact();
    console.log(
      `[e2e] accessibility: ${audit.pages.size} pages × ${audit.themes.size} themes = ${audit.checks.size} checks ` +
        `(${audit.runs} axe runs, tags ${AXE_TAGS.join(', ')}) in ${seconds} s; violations by impact (rule × page × theme): ` +
        IMPACTS.map((i) => `${i} ${impacts[i]}`).join(', '),
    );
    const minor = audit.describe((f) => f.violation.impact !== 'serious' && f.violation.impact !== 'critical');
    if (minor) console.log(`[e2e] moderate and minor violations:\n${minor}`);
    if (audit.review.size) {
      console.log(
        `[e2e] axe could not decide (needs review, not failed on), times seen:\n` +
          [...audit.review].map(([what, times]) => `- ${what} ×${times}`).join('\n'),
      );
    }
    expect(audit.checks.size).toBe(6 * VARIANTS.length);
    const severe = audit.describe((f) => f.violation.impact === 'serious' || f.violation.impact === 'critical');
    expect(severe, `serious or critical accessibility violations:\n${severe}`).toBe('');
  });

  it('lets the keyboard reach every popup control, each named and with a visible focus indicator', async () => {
    const profile = await cleanup.tempDir('okur-e2e-a11y-keys-');
    const browser = await launchWithExtension({ userDataDir: profile });
    cleanup.add('close the browser', () => browser.close());
    const tab = await browser.context.newPage();
    await tab.goto(server.url(ARTICLES.fr.path), { waitUntil: 'load' });
    const { popup } = await openPopup(browser, tab);
    await openSettings(popup); // so the panel's controls are in the tab order too

    const stops = await tabThrough(popup);
    console.log(
      `[e2e] popup keyboard stops (${stops.length}): ` + stops.map((s) => `${s.tag} “${s.name}” [${s.visibleIndicator ? s.outline : 'no indicator'}]`).join(' → '),
    );
    const names = stops.map((s) => s.name);
    for (const wanted of ['Save for later', 'Open in full page', 'Saved articles', 'Reading settings', 'Auto', 'Serif', '1.6', 'Medium', 'Ragged', 'Decrease text size', 'Reset text size', 'Increase text size']) {
      expect(names.filter((n) => n.startsWith(wanted)), `the Tab order should reach “${wanted}”; it reached: ${names.join(' | ')}`).toHaveLength(1);
    }
    const problems = stops.flatMap((s) => [
      ...(s.name ? [] : [`${s.tag} “${s.text}” has no accessible name`]),
      ...(s.focusVisible ? [] : [`${s.tag} “${s.name}” does not match :focus-visible after Tab`]),
      ...(s.visibleIndicator ? [] : [`${s.tag} “${s.name}” has no focus indicator (outline ${s.outline}, box-shadow ${s.boxShadow})`]),
    ]);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
