import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface OpenPopup {
  /** The real action popup, adopted as a full Page through a second CDP connection. */
  popup: Page;
  /** performance.now() just before Extensions.triggerAction was sent: the reader's click. */
  clickedAt: number;
  /** performance.now() when the browser first listed the popup's page target. */
  popupTargetAt: number;
  /** Drops the second CDP connection; the popup stays open. Safe to call more than once. */
  disconnect(): Promise<void>;
  /** Closes the popup (as the reader does by clicking elsewhere) and disconnects. */
  close(): Promise<void>;
}

const POPUP_TIMEOUT_MS = 15_000;

async function browserSession(session: ExtensionBrowser): Promise<CDPSession> {
  const browser = session.context.browser();
  if (!browser) throw new Error('The extension browser has no Browser object to open a CDP session on.');
  return browser.newBrowserCDPSession();
}

async function allTargets(cdp: CDPSession): Promise<TargetInfo[]> {
  // filter [{}] also lists 'tab' targets, which the default filter hides.
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function popupUrlPrefix(extensionId: string): string {
  return `chrome-extension://${extensionId}/popup.html`;
}

/** The port Chromium chose for --remote-debugging-port=0, from <userDataDir>/DevToolsActivePort. */
async function devToolsPort(userDataDir: string): Promise<number> {
  const file = path.join(userDataDir, 'DevToolsActivePort');
  return poll(`${file}`, POPUP_TIMEOUT_MS, async () => {
    const text = await readFile(file, 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  });
}

/**
 * Clicks the extension's toolbar button on `page` for real (CDP Extensions.triggerAction on the
 * page's `tab` target, which also grants activeTab), then returns the popup as a Page.
 * The tab's URL must be unique among open tabs: close other tabs on the same URL first.
 */
export async function openPopupOn(session: ExtensionBrowser, page: Page): Promise<OpenPopup> {
  const { extensionId, userDataDir } = session;
  const prefix = popupUrlPrefix(extensionId);
  await page.bringToFront();
  const cdp = await browserSession(session);
  let clickedAt: number;
  let popupTargetAt: number;
  try {
    const before = await allTargets(cdp);
    if (before.some((t) => t.type === 'page' && t.url.startsWith(prefix))) {
      throw new Error('A popup is already open; close it before opening another.');
    }
    const tabs = before.filter((t) => t.type === 'tab' && t.url === page.url());
    if (tabs.length !== 1) {
      throw new Error(
        `Expected exactly one tab target showing ${page.url()}, found ${tabs.length}. ` +
          `Targets: ${before.map((t) => `${t.type} ${t.url}`).join(', ')}`,
      );
    }
    clickedAt = performance.now();
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
    await poll(`a page target ${prefix}`, POPUP_TIMEOUT_MS, async () =>
      (await allTargets(cdp)).find((t) => t.type === 'page' && t.url.startsWith(prefix)),
    );
    popupTargetAt = performance.now();
  } finally {
    await cdp.detach().catch(() => {});
  }

  // Playwright's own connection never surfaces action popups; a new connection adopts the ones
  // that exist when it connects, so each popup gets its own connection.
  const port = await devToolsPort(userDataDir);
  const viewer: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  let disconnected = false;
  const disconnect = async () => {
    if (disconnected) return;
    disconnected = true;
    await viewer.close().catch(() => {}); // on a connectOverCDP browser this only disconnects
  };
  try {
    const popup = await poll('the popup among the CDP connection pages', POPUP_TIMEOUT_MS, async () =>
      viewer
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url().startsWith(prefix)),
    );
    const close = async () => {
      try {
        if (!popup.isClosed()) await popup.close();
      } finally {
        await disconnect();
      }
      // Wait until the browser has really dropped it, so the next click opens a new one.
      const check = await browserSession(session);
      try {
        await poll('the popup to close', POPUP_TIMEOUT_MS, async () =>
          (await allTargets(check)).some((t) => t.type === 'page' && t.url.startsWith(prefix)) ? undefined : true,
        );
      } finally {
        await check.detach().catch(() => {});
      }
    };
    return { popup, clickedAt, popupTargetAt, disconnect, close };
  } catch (error) {
    await disconnect();
    throw error;
  }
}
