// A small round-robin HTTP proxy for trying the scaled-out run mode on one machine (in front of the BFF
// replicas, and of each service's replicas). Production puts a real load balancer there.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where the proxy listens and the replicas it spreads requests over. */
export interface RoundRobinProxyOptions {
  /** 0 takes any free port. */
  readonly port: number;
  /** Loopback by default. */
  readonly host?: string;
  /** Base URLs of the replicas, e.g. `http://127.0.0.1:8181`. */
  readonly targets: readonly string[];
  /** How long a replica that refused a connection is skipped; 1 s by default. */
  readonly downMs?: number;
  /** Largest request body kept in memory so that an idempotent request can be retried; 1 MiB by default. */
  readonly maxRetryBodyBytes?: number;
}

/** A running proxy. */
export interface RoundRobinProxy {
  /** `http://<host>:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Requests sent to each target so far, in `targets` order. */
  readonly sent: readonly number[];
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

const idempotent = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
// Hop-by-hop headers (RFC 9110 7.6.1) belong to one connection and are not forwarded.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function forwardable(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!hopByHop.has(name)) out[name] = value;
  return out;
}

/** A request body: kept in memory (retryable) or still to be streamed (not retryable). */
type Body = { kind: 'buffered'; bytes: Buffer } | { kind: 'stream' };

/**
 * Reads a request body into memory when it is small enough to resend: idempotent requests up to
 * `limit` whatever their framing, others only with a known length up to `limit` (an upload's PATCH
 * or a chunked body streams).
 */
function readBody(request: http.IncomingMessage, limit: number): Promise<Body> {
  const length = Number(request.headers['content-length'] ?? 0);
  const known = request.headers['content-length'] !== undefined;
  const small =
    length <= limit && (idempotent.has(request.method ?? '') || (known && request.method !== 'PATCH'));
  if (!small) return Promise.resolve({ kind: 'stream' });
  if (length === 0 && request.headers['transfer-encoding'] === undefined) {
    return Promise.resolve({ kind: 'buffered', bytes: Buffer.alloc(0) });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve({ kind: 'buffered', bytes: Buffer.concat(chunks) }));
    request.on('error', reject);
  });
}

/**
 * Starts a proxy that sends each request to the next replica in turn, streaming bodies both ways (so
 * uploads and server-sent events pass as they come). A replica that refuses the connection is skipped
 * for a while, and the request it refused goes to the next one (idempotent requests, and others whose
 * body was small enough to keep); anything else that fails before an answer gets a 502.
 */
export async function startRoundRobinProxy(options: RoundRobinProxyOptions): Promise<RoundRobinProxy> {
  if (options.targets.length === 0) throw new Error('the proxy needs at least one target');
  const targets = options.targets.map((t) => new URL(t));
  const downUntil = targets.map(() => 0);
  const sent = targets.map(() => 0);
  const downMs = options.downMs ?? 1_000;
  const limit = options.maxRetryBodyBytes ?? 1024 * 1024;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;

  /** The next replica not marked down, else simply the next one. */
  const pick = (): number => {
    const now = Date.now();
    for (let i = 0; i < targets.length; i += 1) {
      const index = (next + i) % targets.length;
      if (downUntil[index]! <= now) {
        next = index + 1;
        return index;
      }
    }
    return next++ % targets.length;
  };

  const send = (request: http.IncomingMessage, response: http.ServerResponse, body: Body, tries: number) => {
    const index = pick();
    const target = targets[index]!;
    sent[index]! += 1;
    const upstream = http.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: request.method,
      path: request.url,
      headers: forwardable(request.headers),
      agent,
    });
    upstream.setNoDelay(true);
    upstream.on('response', (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardable(answer.headers));
      // Server-sent events and progress answers go out at once, not when a buffer fills.
      response.flushHeaders();
      answer.pipe(response);
      answer.on('error', () => response.destroy());
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') downUntil[index] = Date.now() + downMs;
      // A refused connection carried no request: any method may go to the next replica. (A reset
      // one may have been processed: only idempotent requests would be safe, and none is retried.)
      if (error.code === 'ECONNREFUSED' && body.kind === 'buffered' && tries < targets.length) {
        send(request, response, body, tries + 1);
        return;
      }
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.writeHead(502, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({
          title: 'Bad gateway',
          status: 502,
          code: 'bad-gateway',
          detail: error.code ?? 'error',
        }),
      );
    });
    // The client went away: stop the upstream request too (an SSE stream, an aborted upload).
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    if (body.kind === 'buffered') upstream.end(body.bytes);
    else request.pipe(upstream);
  };

  const server = http.createServer({ noDelay: true, requestTimeout: 0 }, (request, response) => {
    readBody(request, limit).then(
      (body) => send(request, response, body, 1),
      () => response.destroy(),
    );
  });
  // Idle keep-alive connections from clients are closed after a while, like Node's own default.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    sent,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
