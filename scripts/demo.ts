/**
 * `npm start`: Okur on the bundled demo article (a French article on a Turkish news portal).
 * With a display, opens Chromium with Okur loaded and its popup open over the article, and
 * leaves it for you to use. Without one, clicks Okur's button in a headless Chromium and writes
 * a screenshot of the popup to test-artifacts/demo-popup.png.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { openPopupOn } from '../tests/e2e/support/popup';
import { waitForArticle } from '../tests/e2e/support/reader-popup';
import { startStaticServer } from '../tests/e2e/support/static-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO_ARTICLE = path.join(ROOT, 'tests/pages/fr-article-on-tr-portal/source.html');
const SCREENSHOT = path.join(ROOT, 'test-artifacts/demo-popup.png');

const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await startStaticServer({ '/demo-article.html': { file: DEMO_ARTICLE } });
const profile = await mkdtemp(path.join(os.tmpdir(), 'okur-demo-'));
const browser = await launchWithExtension({ userDataDir: profile, headless: !hasDisplay });

async function finish(code: number): Promise<never> {
  await browser.close();
  await server.stop();
  await rm(profile, { recursive: true, force: true });
  process.exit(code);
}

try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url('/demo-article.html'), { waitUntil: 'load' });
  const { popup, disconnect } = await openPopupOn(browser, page);
  await waitForArticle(popup);
  if (hasDisplay) {
    await disconnect();
    console.log('Okur is open over the demo article. Click Okur\'s toolbar button (or press Alt+Shift+R) to open it again.');
    console.log('Close the browser window to stop.');
    browser.context.on('close', () => void finish(0));
  } else {
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    // The save button checks the reading list after the article shows; the picture waits for it.
    await popup.getByRole('button', { name: 'Save for later' }).waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: SCREENSHOT });
    await disconnect();
    console.log(`No display here: wrote a screenshot of Okur's popup over the demo article to ${path.relative(process.cwd(), SCREENSHOT)}`);
    await finish(0);
  }
} catch (error) {
  console.error(`The demo could not run: ${error instanceof Error ? error.message : String(error)}`);
  await finish(1);
}
