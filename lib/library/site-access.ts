import { browser } from 'wxt/browser';

/**
 * What downloading needs before the download itself: the site permission, asked for straight
 * from the reader's click, and the error type. Kept apart from download.ts, which brings the
 * extraction core, so the library page loads that only when a download starts.
 */
export class DownloadError extends Error {
  override name = 'DownloadError';
}

export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Asks the browser for access to these articles' sites. Call it straight from a click. */
export async function requestSiteAccess(urls: readonly string[]): Promise<boolean> {
  const origins = [...new Set(urls.map(originPattern).filter((o): o is string => !!o))];
  if (origins.length === 0) return false;
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}
