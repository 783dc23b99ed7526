import {
  Upload,
  type DetailedError,
  type HttpStack,
  type UploadOptions,
  type UrlStorage,
} from 'tus-js-client';
import { REQUEST_HEADER } from '../../effects/bff-client.ts';
import type { TransferOutcome, UploadTransfer } from './effects.ts';

/** Where the tus endpoint is and what to plug into tus-js-client (tests give an in-memory server). */
export interface TusTransferOptions {
  /** The tus endpoint, e.g. `/api/uploads` or `http://kerf.test/api/uploads`. */
  endpoint: string;
  /** Waits between automatic retries of a failed request (network errors, 5xx, 409, 423). */
  retryDelays?: number[];
  /** Files up to this size go in the creation request itself (one request instead of two). */
  inlineBytes?: number;
  /** Whether the browser believes it is online; no automatic retry while offline. */
  online?: () => boolean;
  httpStack?: HttpStack;
  urlStorage?: UrlStorage;
  fileReader?: UploadOptions['fileReader'];
}

/** The server's upload id: the last segment of the upload URL. */
export function uploadIdOf(url: string | null): string | null {
  if (!url) return null;
  const last = new URL(url, 'http://x').pathname.split('/').filter(Boolean).pop();
  return last ?? null;
}

function problemMessage(body: string): string | null {
  try {
    const problem = JSON.parse(body) as { detail?: unknown; title?: unknown; code?: unknown };
    if (typeof problem.detail === 'string' && problem.detail) return problem.detail;
    return typeof problem.title === 'string' ? problem.title : null;
  } catch {
    return null;
  }
}

function problemCode(body: string): string | null {
  try {
    const code = (JSON.parse(body) as { code?: unknown }).code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/** A tus error as a row failure. */
export function failureOf(error: Error | DetailedError): TransferOutcome & { ok: false } {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  const status = response?.getStatus() ?? 0;
  const body = response?.getBody() ?? '';
  const fail = (code: string, message: string, retryable: boolean) =>
    ({ ok: false, aborted: false, code, message, retryable }) as const;
  if (!response || status === 0) return fail('network', 'The connection was lost during the upload.', true);
  const message = problemMessage(body);
  if (status === 401) return fail('signed-out', message ?? 'Your session has ended. Sign in again.', false);
  if (status === 413)
    return fail('too-large', message ?? 'The file is larger than the server accepts.', false);
  if (status === 460 || problemCode(body) === 'checksum-mismatch') {
    return fail('checksum-mismatch', message ?? 'The file arrived damaged; it can be sent again.', true);
  }
  if (status >= 500) return fail('server-error', message ?? 'The server could not store the file.', true);
  return fail(problemCode(body) ?? `http-${status}`, message ?? 'The server refused the file.', false);
}

/**
 * Transfers over tus-js-client: `X-Kerf-Request: 1` on every request, the file's name, type, SHA-256
 * and batch as metadata, and resume data stored under a fingerprint of the row (not of the file, so
 * two same-named files from different folders never resume each other's upload).
 */
export function createTusTransfer(options: TusTransferOptions): UploadTransfer {
  const running = new Map<string, { upload: Upload; end: (outcome: TransferOutcome) => void }>();
  const online = options.online ?? (() => true);
  const inlineBytes = options.inlineBytes ?? 1024 * 1024;
  const plugged = {
    ...(options.httpStack ? { httpStack: options.httpStack } : {}),
    ...(options.urlStorage ? { urlStorage: options.urlStorage } : {}),
    ...(options.fileReader ? { fileReader: options.fileReader } : {}),
  };
  // Transfers stopped while their file was still being read: they must not start afterwards.
  const stoppedEarly = new Set<string>();
  const stop = async (key: string, terminate: boolean) => {
    const entry = running.get(key);
    if (!entry) {
      stoppedEarly.add(key);
      return false;
    }
    running.delete(key);
    entry.end({ ok: false, aborted: true, code: 'cancelled', message: 'Stopped.', retryable: true });
    await entry.upload.abort(terminate).catch(() => undefined);
    return true;
  };
  return {
    async send(request, listener) {
      stoppedEarly.delete(request.key);
      let source: Blob = request.file;
      if (source.size <= inlineBytes) {
        // A picked file is sliced synchronously by the browser (a disk access on the page's thread);
        // a small one is read asynchronously into memory instead, where slicing costs nothing.
        try {
          source = new Blob([await request.file.arrayBuffer()], { type: request.file.type });
        } catch {
          return {
            ok: false,
            aborted: false,
            code: 'unreadable-file',
            message: 'The file could not be read.',
            retryable: true,
          };
        }
      }
      if (stoppedEarly.delete(request.key)) {
        return { ok: false, aborted: true, code: 'cancelled', message: 'Stopped.', retryable: true };
      }
      return new Promise<TransferOutcome>((resolve) => {
        let settled = false;
        const end = (outcome: TransferOutcome) => {
          if (settled) return;
          settled = true;
          running.delete(request.key);
          resolve(outcome);
        };
        const upload: Upload = new Upload(source, {
          ...plugged,
          endpoint: options.endpoint,
          headers: { [REQUEST_HEADER]: '1' },
          metadata: {
            filename: request.name,
            filetype: request.file.type || 'application/dxf',
            sha256: request.sha256,
            batch: request.batch,
          },
          fingerprint: async () => `kerf-upload:${request.batch}:${request.key}`,
          uploadDataDuringCreation: source.size <= inlineBytes,
          removeFingerprintOnSuccess: true,
          retryDelays: options.retryDelays ?? [0, 1000, 3000, 5000, 10000],
          onShouldRetry: (error) => {
            const status = error.originalResponse?.getStatus() ?? 0;
            return online() && (status === 0 || status >= 500 || status === 409 || status === 423);
          },
          onProgress: (sent, total) => listener.onProgress(sent, total),
          onUploadUrlAvailable: () => {
            const id = uploadIdOf(upload.url);
            if (id) listener.onUploadId(id);
          },
          onSuccess: () => end({ ok: true, uploadId: uploadIdOf(upload.url) ?? '' }),
          onError: (error) => end(failureOf(error)),
        });
        running.set(request.key, { upload, end });
        upload
          .findPreviousUploads()
          .then((previous) => {
            if (settled) return;
            const last = previous.at(-1);
            if (last) upload.resumeFromPreviousUpload(last);
            else if (request.uploadId)
              upload.url = `${options.endpoint.replace(/\/$/, '')}/${request.uploadId}`;
            upload.start();
          })
          .catch(() => !settled && upload.start());
      });
    },
    async pause(key) {
      await stop(key, false);
    },
    async terminate(key, uploadId) {
      if (await stop(key, true)) return;
      if (!uploadId) return;
      const url = `${options.endpoint.replace(/\/$/, '')}/${uploadId}`;
      await Upload.terminate(url, { ...plugged, headers: { [REQUEST_HEADER]: '1' }, retryDelays: [] }).catch(
        () => undefined,
      );
    },
  };
}
