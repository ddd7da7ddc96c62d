import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * The unpacked Chrome build; its absolute path also fixes the extension id across restarts.
 * OKUR_EXTENSION_DIR points elsewhere (a benchmark comparing two builds).
 */
export const EXTENSION_DIR = process.env.OKUR_EXTENSION_DIR ? path.resolve(process.env.OKUR_EXTENSION_DIR) : path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** Flags that work headless as root on these machines (see /work/shared/docs/browser-testing.md). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser. Safe to call more than once. */
  close(): Promise<void>;
}

/** The browser to run: CHROME_PATH, or Debian's Chromium. Throws (never skips) when it is missing. */
export function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH;
  const candidate = fromEnv || '/usr/bin/chromium';
  const ok = existsSync(candidate) && statSync(candidate).isFile();
  if (!ok) {
    throw new Error(
      fromEnv
        ? `CHROME_PATH is set to ${fromEnv}, but no browser is there. Point CHROME_PATH at a Chromium executable.`
        : 'No Chromium found at /usr/bin/chromium. Install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium executable.',
    );
  }
  return candidate;
}

/** This process's environment with `lang` ("fr", "pt-BR") as the language, for Chromium on Linux. */
function languageEnv(lang: string): NodeJS.ProcessEnv {
  const [language = 'en', region] = lang.split(/[-_]/);
  const env: NodeJS.ProcessEnv = { ...process.env, LANGUAGE: lang, LANG: `${language.toLowerCase()}_${(region ?? language).toUpperCase()}.UTF-8` };
  // These would override LANG for messages; LANGUAGE comes first anyway.
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return env;
}

export function assertExtensionBuilt(): void {
  if (!existsSync(EXTENSION_DIR) || !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Build the extension first: npm run build (no manifest.json in ${EXTENSION_DIR}).`);
  }
}

/**
 * Headless Chromium with the built extension loaded unpacked, listening for CDP on a free port
 * of 127.0.0.1 (the port is written to <userDataDir>/DevToolsActivePort; popup.ts needs it).
 * The same userDataDir launched again is the same profile: that is how a restart is tested.
 */
export async function launchWithExtension({
  userDataDir,
  headless = true,
  lang,
}: {
  userDataDir: string;
  /** false opens a real window (the demo, on a machine with a display). */
  headless?: boolean;
  /**
   * The browser's interface language ("fr", "tr"), which Okur's own interface follows. On Linux
   * Chromium takes it from the environment (LANGUAGE, then LC_ALL/LANG), so it is set there as
   * well as with --lang. Debian's Chromium needs chromium-l10n for any language but English.
   */
  lang?: string;
}): Promise<ExtensionBrowser> {
  assertExtensionBuilt();
  const executablePath = chromePath();
  // A previous run's port file would point popup.ts at a dead port until Chromium rewrites it.
  rmSync(path.join(userDataDir, 'DevToolsActivePort'), { force: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    // Playwright adds --disable-extensions by default; this test is about an extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_FLAGS,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang ? { env: languageEnv(lang) } : {}),
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
  };
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, userDataDir, close };
  } catch (error) {
    await close();
    throw new Error(
      `The extension in ${EXTENSION_DIR} did not start a service worker within 15 s (${String(error)}). ` +
        'Is the build complete? Try: npm run build',
    );
  }
}
