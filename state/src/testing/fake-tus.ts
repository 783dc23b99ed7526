import type { HttpRequest, HttpResponse, HttpStack } from 'tus-js-client';

/** An upload as the fake server holds it. */
export interface FakeUpload {
  id: string;
  length: number;
  bytes: Uint8Array;
  metadata: Record<string, string>;
}

/** A request the fake server received. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  bytes: number;
}

type Failure = { status: number } | { network: true; acceptBytes: number };

function response(status: number, headers: Record<string, string> = {}, body = ''): HttpResponse {
  return {
    getStatus: () => status,
    getHeader: (name) => headers[name.toLowerCase()],
    getBody: () => body,
    getUnderlyingObject: () => null,
  };
}

function decodeMetadata(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(',').filter(Boolean)) {
    const [key, value] = pair.trim().split(' ');
    if (key) out[key] = value ? Buffer.from(value, 'base64').toString('utf8') : '';
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * An in-memory tus 1.0 server (creation, creation-with-upload, termination) behind tus-js-client's
 * `HttpStack`, with failures to inject: a status for the next request of a method, or a connection
 * that breaks after accepting some bytes.
 */
export function createFakeTusServer(base = 'http://kerf.test/api/uploads') {
  const uploads = new Map<string, FakeUpload>();
  const requests: SeenRequest[] = [];
  const failures: { method: string; failure: Failure }[] = [];
  let nextId = 0;

  const handle = (method: string, url: string, headers: Record<string, string>, body: Uint8Array | null) => {
    const failureAt = failures.findIndex((f) => f.method === method);
    const failure = failureAt >= 0 ? failures.splice(failureAt, 1)[0]!.failure : null;
    if (failure && 'status' in failure)
      return response(
        failure.status,
        {},
        JSON.stringify({ code: 'injected', detail: `injected ${failure.status}` }),
      );
    const accept = (upload: FakeUpload, data: Uint8Array | null) => {
      if (!data) return;
      const part = failure && 'network' in failure ? data.slice(0, failure.acceptBytes) : data;
      upload.bytes = concat(upload.bytes, part);
    };
    const id = url.slice(base.length + 1);
    if (method === 'POST') {
      const upload: FakeUpload = {
        id: `u${(nextId++).toString().padStart(31, '0')}`,
        length: Number(headers['upload-length']),
        bytes: new Uint8Array(),
        metadata: decodeMetadata(headers['upload-metadata']),
      };
      uploads.set(upload.id, upload);
      accept(upload, body);
      if (failure) throw new Error('connection reset');
      return response(201, {
        location: `/api/uploads/${upload.id}`,
        'upload-offset': String(upload.bytes.length),
      });
    }
    const upload = uploads.get(id);
    if (!upload) return response(404);
    if (method === 'HEAD') {
      return response(200, {
        'upload-offset': String(upload.bytes.length),
        'upload-length': String(upload.length),
      });
    }
    if (method === 'DELETE') {
      uploads.delete(id);
      return response(204);
    }
    if (Number(headers['upload-offset']) !== upload.bytes.length) return response(409);
    accept(upload, body);
    if (failure) throw new Error('connection reset');
    return response(204, { 'upload-offset': String(upload.bytes.length) });
  };

  const httpStack: HttpStack = {
    getName: () => 'fake-tus',
    createRequest(method, url): HttpRequest {
      const headers: Record<string, string> = {};
      let progress: ((sent: number) => void) | null = null;
      return {
        getMethod: () => method,
        getURL: () => url,
        setHeader: (name, value) => void (headers[name.toLowerCase()] = value),
        getHeader: (name) => headers[name.toLowerCase()],
        setProgressHandler: (handler) => void (progress = handler),
        async send(body: Blob | null) {
          const data = body ? new Uint8Array(await body.arrayBuffer()) : null;
          requests.push({ method, url, headers: { ...headers }, bytes: data?.length ?? 0 });
          if (data) progress?.(data.length);
          return handle(method, url, headers, data);
        },
        abort: async () => undefined,
        getUnderlyingObject: () => null,
      };
    },
  };

  return {
    httpStack,
    uploads,
    requests,
    /** The next request of `method` answers `status`. */
    failNext(method: string, status: number) {
      failures.push({ method, failure: { status } });
    },
    /** The next request of `method` breaks after the server stored `acceptBytes` of its body. */
    breakNext(method: string, acceptBytes: number) {
      failures.push({ method, failure: { network: true, acceptBytes } });
    },
  };
}

/** tus-js-client's file reader for `Blob`s under Node (its Node build only reads buffers and streams). */
export const blobFileReader = {
  async openFile(input: Blob) {
    return {
      size: input.size,
      async slice(start: number, end: number) {
        return { value: input.slice(start, Math.min(end, input.size)), done: end >= input.size };
      },
      close: () => undefined,
    };
  },
};

/** A `Storage` in memory. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
