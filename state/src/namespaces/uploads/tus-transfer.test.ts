import { describe, expect, it } from 'vitest';
import { blobFileReader, createFakeTusServer, memoryStorage } from '../../testing/fake-tus.ts';
import type { TransferRequest } from './effects.ts';
import { createTusTransfer, failureOf, uploadIdOf } from './tus-transfer.ts';
import { createKeyedUrlStorage } from './url-storage.ts';

const ENDPOINT = 'http://kerf.test/api/uploads';

function setup(storage = memoryStorage(), server = createFakeTusServer(ENDPOINT), inlineBytes = 1024) {
  const transfer = createTusTransfer({
    endpoint: ENDPOINT,
    retryDelays: [],
    inlineBytes,
    httpStack: server.httpStack,
    urlStorage: createKeyedUrlStorage(storage),
    fileReader: blobFileReader,
  });
  return { transfer, server, storage };
}

const bytes = (n: number) => new Uint8Array(Array.from({ length: n }, (_, i) => i % 251));
const request = (file: Blob, extra: Partial<TransferRequest> = {}): TransferRequest => ({
  key: 'row-1',
  file,
  name: 'plate.dxf',
  batch: 'batch-0001',
  sha256: 'ab'.repeat(32),
  uploadId: null,
  ...extra,
});
const listener = () => {
  const seen = { progress: [] as number[], ids: [] as string[] };
  return {
    seen,
    listener: {
      onProgress: (sent: number) => seen.progress.push(sent),
      onUploadId: (id: string) => seen.ids.push(id),
    },
  };
};

describe('tus transfer', () => {
  it('sends a small file in the creation request with the request header and metadata', async () => {
    const { transfer, server } = setup();
    const { seen, listener: l } = listener();
    const outcome = await transfer.send(request(new Blob([bytes(300)], { type: '' })), l);
    expect(outcome.ok).toBe(true);
    expect(server.requests.map((r) => r.method)).toEqual(['POST']);
    expect(server.requests[0]?.headers['x-kerf-request']).toBe('1');
    const [upload] = [...server.uploads.values()];
    expect(upload?.bytes).toEqual(bytes(300));
    expect(upload?.metadata).toEqual({
      filename: 'plate.dxf',
      filetype: 'application/dxf',
      sha256: 'ab'.repeat(32),
      batch: 'batch-0001',
    });
    expect(seen.ids).toEqual([upload?.id]);
    expect(outcome).toEqual({ ok: true, uploadId: upload?.id });
    expect(seen.progress.at(-1)).toBe(300);
  });

  it('resumes from the server offset after a reload: only the missing bytes travel again', async () => {
    const storage = memoryStorage();
    const server = createFakeTusServer(ENDPOINT);
    const file = new Blob([bytes(5000)]);
    server.breakNext('PATCH', 2000);
    const first = setup(storage, server, 0);
    const broken = await first.transfer.send(request(file), listener().listener);
    expect(broken).toMatchObject({ ok: false, code: 'network', retryable: true });

    const second = setup(storage, server, 0); // a new page: same storage and server, nothing in memory
    const resumed = await second.transfer.send(request(file), listener().listener);
    expect(resumed.ok).toBe(true);
    expect(server.requests.map((r) => [r.method, r.bytes])).toEqual([
      ['POST', 0],
      ['PATCH', 5000],
      ['HEAD', 0],
      ['PATCH', 3000],
    ]);
    expect([...server.uploads.values()].map((u) => u.bytes)).toEqual([bytes(5000)]);
    expect(storage.length).toBe(0); // resume data removed on success
  });

  it('resumes a known upload id when no resume data was stored', async () => {
    const server = createFakeTusServer(ENDPOINT);
    const file = new Blob([bytes(4000)]);
    server.breakNext('PATCH', 1000);
    const first = setup(memoryStorage(), server, 0);
    const { seen, listener: l } = listener();
    await first.transfer.send(request(file), l);
    const again = setup(memoryStorage(), server, 0);
    const outcome = await again.transfer.send(request(file, { uploadId: seen.ids[0]! }), listener().listener);
    expect(outcome).toEqual({ ok: true, uploadId: seen.ids[0] });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('keeps two same-named files of one batch apart', async () => {
    const { transfer, server } = setup();
    const file = new Blob([bytes(100)]);
    await transfer.send(request(file, { key: 'a' }), listener().listener);
    await transfer.send(request(file, { key: 'b' }), listener().listener);
    expect(server.uploads.size).toBe(2);
  });

  it('maps refusals: 400 is permanent with the server message, 460 can be sent again', async () => {
    const { transfer, server } = setup();
    server.failNext('POST', 400);
    expect(await transfer.send(request(new Blob([bytes(10)])), listener().listener)).toEqual({
      ok: false,
      aborted: false,
      code: 'injected',
      message: 'injected 400',
      retryable: false,
    });
    server.failNext('POST', 460);
    expect(
      await transfer.send(request(new Blob([bytes(10)]), { key: 'x' }), listener().listener),
    ).toMatchObject({
      code: 'checksum-mismatch',
      retryable: true,
    });
  });

  it('terminates: a running upload is aborted and deleted on the server', async () => {
    const { transfer, server } = setup(memoryStorage(), createFakeTusServer(ENDPOINT), 0);
    const file = new Blob([bytes(3000)]);
    const { seen, listener: l } = listener();
    server.breakNext('PATCH', 100);
    await transfer.send(request(file), l);
    await transfer.terminate('row-1', seen.ids[0]!);
    expect(server.requests.at(-1)?.method).toBe('DELETE');
    expect(server.requests.at(-1)?.headers['x-kerf-request']).toBe('1');
    expect(server.uploads.size).toBe(0);
  });

  it('does not start a transfer stopped while its file was being read', async () => {
    const { transfer, server } = setup();
    const sending = transfer.send(request(new Blob([bytes(100)])), listener().listener);
    await transfer.terminate('row-1', null);
    expect(await sending).toMatchObject({ ok: false, aborted: true });
    expect(server.requests).toEqual([]);
    expect((await transfer.send(request(new Blob([bytes(100)])), listener().listener)).ok).toBe(true);
  });

  it('names the upload id after the last URL segment and maps network errors', () => {
    expect(uploadIdOf('http://kerf.test/api/uploads/0123abc')).toBe('0123abc');
    expect(uploadIdOf('/api/uploads/77/')).toBe('77');
    expect(uploadIdOf(null)).toBeNull();
    expect(failureOf(new Error('boom'))).toMatchObject({ code: 'network', retryable: true });
  });
});
