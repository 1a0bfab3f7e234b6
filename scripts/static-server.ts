/**
 * A plain static file server on 127.0.0.1 (port 0: the system picks a free one), with the headers
 * docs/deploy.md asks a city's server for. Used to check the built dist/ as a city would host it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** The MIME types of everything the build writes (docs/deploy.md lists the same). */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Cache-Control per file: the page always revalidated, hashed assets kept a year, and none for the icons —
 * Microsoft: a Cache-Control directive on an add-in image makes Office substitute a default image.
 */
export function cacheControl(path: string): string | null {
  if (path.endsWith('.html') || path.endsWith('.xml')) return 'no-cache';
  if (/^\/?assets\//.test(path)) return 'public, max-age=31536000, immutable';
  return null;
}

/** A running server and the base URL it answers at (ending in "/"). */
export interface StaticServer {
  readonly server: Server;
  readonly base: string;
  close(): Promise<void>;
}

/** Serves `root` at http://127.0.0.1:<free port>/; 404 outside it. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
    const file = join(root, path === '' ? 'taskpane.html' : path);
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const cache = cacheControl(path.split(sep).join('/'));
    res.writeHead(200, { 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff', ...(cache ? { 'cache-control': cache } : {}) }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { server, base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
