import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './free-port.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** A replica that answers with its name, echoes request bodies as a hash, and streams events. */
async function replica(name: string): Promise<{ url: string; closed: Promise<void>[] }> {
  const closed: Promise<void>[] = [];
  const server = http.createServer((request, response) => {
    if (request.url === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(`data: first from ${name}\n\n`);
      closed.push(new Promise((resolve) => response.on('close', () => resolve())));
      return;
    }
    const hash = createHash('sha256');
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      hash.update(chunk);
    });
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', 'x-replica': name });
      response.end(
        JSON.stringify({
          name,
          method: request.method,
          host: request.headers.host,
          size,
          sha: hash.digest('hex'),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed };
}

async function proxyTo(targets: string[]): Promise<RoundRobinProxy> {
  const proxy = await startRoundRobinProxy({ port: 0, targets });
  cleanups.push(() => proxy.close());
  return proxy;
}

describe('startRoundRobinProxy', () => {
  it('sends requests to the replicas in turn and keeps the Host header the client used', async () => {
    const [a, b] = await Promise.all([replica('a'), replica('b')]);
    const proxy = await proxyTo([a.url, b.url]);
    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const body = (await (await fetch(`${proxy.url}/x`)).json()) as { name: string; host: string };
      names.push(body.name);
      expect(body.host).toBe(new URL(proxy.url).host);
    }
    expect(names).toEqual(['a', 'b', 'a', 'b']);
    expect(proxy.sent).toEqual([2, 2]);
  });

  it('streams a large request body through unchanged', async () => {
    const a = await replica('a');
    const proxy = await proxyTo([a.url]);
    const bytes = Buffer.alloc(8 * 1024 * 1024, 7);
    const answer = (await (
      await fetch(`${proxy.url}/upload`, { method: 'PATCH', body: new Uint8Array(bytes) })
    ).json()) as { size: number; sha: string };
    expect(answer).toMatchObject({
      size: bytes.length,
      sha: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('passes server-sent events on at once and closes the replica side when the client leaves', async () => {
    const a = await replica('a');
    const proxy = await proxyTo([a.url]);
    const controller = new AbortController();
    const response = await fetch(`${proxy.url}/events`, { signal: controller.signal });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('data: first from a\n\n');
    controller.abort();
    await expect(Promise.all(a.closed)).resolves.toBeDefined();
  });

  it('retries an idempotent request refused by a stopped replica on the next, then skips the stopped one', async () => {
    const a = await replica('a');
    const dead = `http://127.0.0.1:${await freePort()}`;
    const proxy = await proxyTo([dead, a.url]);
    const first = await fetch(`${proxy.url}/x`, { method: 'PUT', body: 'same' });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { size: number }).size).toBe(4);
    for (let i = 0; i < 3; i += 1) expect((await fetch(`${proxy.url}/x`)).headers.get('x-replica')).toBe('a');
    expect(proxy.sent).toEqual([1, 4]);
  });

  it('sends a refused POST to the next replica (the refused one never saw it), and 502 when all refuse', async () => {
    const a = await replica('a');
    const dead = `http://127.0.0.1:${await freePort()}`;
    const proxy = await proxyTo([dead, a.url]);
    const answer = await fetch(`${proxy.url}/x`, { method: 'POST', body: 'once' });
    expect(answer.headers.get('x-replica')).toBe('a');
    expect(proxy.sent).toEqual([1, 1]);
    const nobody = await proxyTo([dead]);
    const refused = await fetch(`${nobody.url}/x`, { method: 'POST', body: 'once' });
    expect(refused.status).toBe(502);
    expect(await refused.json()).toMatchObject({ code: 'bad-gateway', detail: 'ECONNREFUSED' });
    expect(nobody.sent).toEqual([1]);
  });

  it('streams a PATCH without keeping it, so a refused one is not resent', async () => {
    const a = await replica('a');
    const dead = `http://127.0.0.1:${await freePort()}`;
    const proxy = await proxyTo([dead, a.url]);
    const answer = await fetch(`${proxy.url}/x`, { method: 'PATCH', body: 'bytes' });
    expect(answer.status).toBe(502);
    expect(proxy.sent).toEqual([1, 0]);
  });
});
