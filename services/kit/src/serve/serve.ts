import type { AddressInfo } from 'node:net';
import { serve as nodeServe } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from '../log/logger.ts';

/** Where to listen and what to do on shutdown. */
export interface ServeOptions {
  readonly port: number;
  /** Loopback by default: services are reached through the BFF only. */
  readonly host?: string;
  readonly logger?: Logger;
  /** Releases resources (database, workers) after the server stopped accepting requests. */
  readonly onClose?: () => Promise<void> | void;
  /** Requests still running after this many ms are cut; 10 s by default. */
  readonly shutdownTimeoutMs?: number;
  /** Signals that stop the server gracefully; SIGTERM and SIGINT by default, none when empty. */
  readonly signals?: readonly NodeJS.Signals[];
  /**
   * Aborted as soon as the server starts closing (before it waits for running requests): give its
   * signal to `readinessRoute` so readiness answers 503 while the process drains.
   */
  readonly draining?: AbortController;
}

/** A running server. */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8101`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests, waits for running ones (up to the timeout), then calls `onClose`. */
  close(): Promise<void>;
}

/**
 * Serves a Hono app with @hono/node-server, resolving once it listens; SIGTERM and SIGINT close it
 * gracefully (then the process exits with code 0).
 */
export function serve(app: Hono, options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    const onError = (error: Error) => reject(error);
    server = nodeServe({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      server?.off('error', onError);
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
      const running = createRunning(server!, url, info.port, options);
      options.logger?.info('listening', { url });
      resolve(running);
    });
    server.once('error', onError);
  });
}

function createRunning(server: ServerType, url: string, port: number, options: ServeOptions): RunningServer {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      options.draining?.abort();
      for (const signal of signals) process.off(signal, onSignal);
      await new Promise<void>((done) => {
        const timer = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, options.shutdownTimeoutMs ?? 10_000);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          done();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await options.onClose?.();
      options.logger?.info('stopped', { url });
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    options.logger?.info('shutting-down', { signal });
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        options.logger?.error('shutdown-failed', { error });
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.once(signal, onSignal);
  return { url, port, close };
}
