import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spaRoutes } from './spa.ts';

function builtApp() {
  const root = mkdtempSync(path.join(tmpdir(), 'kerf-spa-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kerf</title>');
  writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');
  return spaRoutes(root);
}

describe('spaRoutes', () => {
  it('serves assets with long caching and the right type', async () => {
    const res = await builtApp().request('/assets/app-1234.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answers deep links with index.html (history routing)', async () => {
    const res = await builtApp().request('/quotes/new?x=1');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Kerf</title>');
  });

  it('answers 404 for a missing asset and never serves files outside the root', async () => {
    const app = builtApp();
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00.txt']) {
      const res = await app.request(p);
      expect(await res.text(), p).not.toContain('secret');
    }
  });
});
