import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves the built single-page app from `root`, answering unknown paths with index.html (history routing). */
export function spaRoutes(root: string): Hono {
  const app = new Hono();
  const absoluteRoot = path.resolve(root);
  const file = async (relative: string) => {
    const full = path.resolve(absoluteRoot, '.' + path.posix.normalize('/' + relative));
    if (!full.startsWith(absoluteRoot + path.sep)) return null;
    const info = await stat(full).catch(() => null);
    return info?.isFile() ? { full, body: await readFile(full) } : null;
  };
  app.get('*', async (c) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Not found', 404);
    }
    if (pathname.includes('\0')) return c.text('Not found', 404);
    const asset = pathname === '/' ? null : await file(pathname);
    if (asset) {
      const immutable = pathname.startsWith('/assets/');
      return c.body(asset.body, 200, {
        'content-type': types[path.extname(asset.full)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (path.extname(pathname) !== '') return c.text('Not found', 404);
    const index = await file('index.html');
    if (!index) return c.text('The web app is not built yet: run `npm start`.', 503);
    return c.body(index.body, 200, { 'content-type': types['.html']!, 'cache-control': 'no-cache' });
  });
  return app;
}
