import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers: the contents of a file on disk, or a string given inline. */
export type RouteBody = ({ file: string } | { html: string }) & { contentType?: string };

export interface StaticServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  origin: string;
  url(path: string): string;
  stop(): Promise<void>;
}

/**
 * A tiny HTTP server on 127.0.0.1 (a free port) serving fixed routes, as text/html; charset=utf-8
 * unless a route names its own content type.
 * Files are read on each request, so an edited fixture is served as it is now. Anything else is 404.
 */
export async function startStaticServer(routes: Record<string, RouteBody>): Promise<StaticServer> {
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Not found: ${path}`);
      return;
    }
    try {
      const body = 'file' in route ? await readFile(route.file) : Buffer.from(route.html, 'utf8');
      res.writeHead(200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Could not read the file for ${path}: ${String(error)}`);
    }
  });
  // Keep-alive sockets would hold stop() open until they time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
