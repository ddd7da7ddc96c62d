import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The hostile pages' server on 127.0.0.1 (a free port), with the canary.
 *
 * Pages are served with a Content-Security-Policy that locks the page's own tab down (sandbox
 * without scripts, forms or automatic features such as meta refresh; no subresource, frame or
 * object loads): in the tab the hostile markup is inert, so a hit on /pwned/* or a canary global
 * can only come from where Okur rendered it. Okur's content script runs in an isolated world and
 * is not subject to the page's CSP. <base> is left to work, as on any site: Okur resolves the
 * article's URLs as the page does. A sandboxed document parses as one without scripting, so
 * <noscript> holds markup: the shape the noscript mutation-XSS vectors need to reach Okur.
 *
 * Every request to /pwned/* is recorded with its time (performance.now(), the same clock as
 * openPopupOn's clickedAt) and its headers, and answered with a small page.
 */
export const LOCKED_PAGE_CSP = [
  'sandbox allow-same-origin',
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface CanaryHit {
  path: string;
  /** performance.now() when the request arrived. */
  at: number;
  referer: string | null;
  origin: string | null;
  secFetchDest: string | null;
  secFetchSite: string | null;
}

export interface HostileServer {
  origin: string;
  url(path: string): string;
  /** Every request to /pwned/*, oldest first. */
  hits: CanaryHit[];
  /** Requests for anything that is not a page route or the canary (404s), for the report. */
  strays: string[];
  stop(): Promise<void>;
}

export async function startHostileServer(pages: (origin: string) => Record<string, string>): Promise<HostileServer> {
  let routes: Record<string, string> = {};
  const hits: CanaryHit[] = [];
  const strays: string[] = [];
  const server = http.createServer((req, res) => {
    const at = performance.now();
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const header = (n: string) => {
      const v = req.headers[n];
      return Array.isArray(v) ? v.join(', ') : (v ?? null);
    };
    if (path.startsWith('/pwned')) {
      hits.push({ path: req.url ?? path, at, referer: header('referer'), origin: header('origin'), secFetchDest: header('sec-fetch-dest'), secFetchSite: header('sec-fetch-site') });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>pwned</title><p>The canary was reached.</p>');
      return;
    }
    const html = routes[path];
    if (html === undefined) {
      strays.push(`${req.method} ${req.url} (referer ${header('referer') ?? 'none'})`);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': LOCKED_PAGE_CSP,
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  routes = pages(origin);
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    hits,
    strays,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
