// An S3-compatible server for development and tests: s3rver (npm) on loopback, its objects in a folder
// of the data dir, the bucket created. s3rver 3.7 lacks three multipart calls that @tus/s3-store
// makes on every request (ListParts, AbortMultipartUpload, ListMultipartUploads; its issue #330), so
// they are added here on top of s3rver's own upload folders. Production uses a real S3 service.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A running dev S3 server and what a client needs to reach it (path-style addressing). */
export interface S3Server {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** The variables that point the BFF and the parts service at this server. */
  readonly env: Record<string, string>;
  /** Stops the server; the objects stay in the folder. */
  stop(): Promise<void>;
}

/** Where the server keeps its objects, which port it takes (0: any free one) and its bucket. */
export interface S3ServerOptions {
  readonly dir: string;
  readonly port: number;
  /** `kerf` by default. */
  readonly bucket?: string;
}

/** The slice of s3rver (a Koa app) used here; it ships no types. */
interface S3rverApp {
  middleware: Middleware[];
  store: { getResourcePath(bucket: string, key: undefined, resource: string): string };
  run(): Promise<AddressInfo>;
  httpServer: Server;
  close(): Promise<void>;
}
interface Ctx {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
  status: number;
  body: unknown;
}
type Middleware = (ctx: Ctx, next: () => Promise<void>) => Promise<void>;
type S3ErrorClass = new (code: string, message: string) => Error;

const require = createRequire(import.meta.url);
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => S3rverApp;
const S3Error = require('s3rver/lib/models/error') as S3ErrorClass;

// s3rver's fixed credentials: it checks signatures made with them.
const accessKeyId = 'S3RVER';
const secretAccessKey = 'S3RVER';
const region = 'us-east-1';

/** Starts s3rver on 127.0.0.1 with `bucket` created in `dir`. */
export async function startS3Server({ dir, port, bucket = 'kerf' }: S3ServerOptions): Promise<S3Server> {
  mkdirSync(dir, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  // Before the router (the last middleware), after the XML encoder that turns plain objects into XML.
  server.middleware.splice(server.middleware.length - 1, 0, multipartListing(server));
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: region,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    },
    stop: () => server.close(),
  };
}

/** ListParts, AbortMultipartUpload and ListMultipartUploads over s3rver's `._S3rver_uploads` folders. */
function multipartListing(server: S3rverApp): Middleware {
  const uploadsOf = (bucket: string) => server.store.getResourcePath(bucket, undefined, 'uploads');
  return async (ctx, next) => {
    const [bucket, ...rest] = ctx.path.replace(/^\/+/, '').split('/');
    const key = rest.map(decodeURIComponent).join('/');
    const uploadId = ctx.query.uploadId;
    if (bucket && key && uploadId !== undefined && ctx.method === 'GET') {
      ctx.body = await listParts(uploadsOf(bucket), bucket, key, uploadId, ctx.query);
      return;
    }
    if (bucket && key && uploadId !== undefined && ctx.method === 'DELETE') {
      const folder = uploadFolder(uploadsOf(bucket), uploadId);
      rmSync(folder, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    if (bucket && !key && ctx.query.uploads !== undefined && ctx.method === 'GET') {
      ctx.body = await listUploads(uploadsOf(bucket), bucket);
      return;
    }
    await next();
  };
}

function uploadFolder(uploads: string, uploadId: string): string {
  if (!/^[0-9a-f]{32}$/.test(uploadId)) throw new S3Error('NoSuchUpload', 'The upload does not exist.');
  const folder = join(uploads, uploadId);
  try {
    if (statSync(folder).isDirectory()) return folder;
  } catch {
    // reported below
  }
  throw new S3Error('NoSuchUpload', 'The specified upload does not exist.');
}

async function listParts(
  uploads: string,
  bucket: string,
  key: string,
  uploadId: string,
  query: Record<string, string | undefined>,
) {
  const folder = uploadFolder(uploads, uploadId);
  const marker = Number(query['part-number-marker'] ?? 0);
  const numbers = (await readdir(folder))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((n) => n > marker)
    .sort((a, b) => a - b);
  const parts = await Promise.all(
    numbers.map(async (n) => {
      const [info, md5] = await Promise.all([
        stat(join(folder, String(n))),
        readFile(join(folder, `${n}.md5`), 'utf8').catch(() => ''),
      ]);
      return { PartNumber: n, LastModified: info.mtime.toISOString(), ETag: `"${md5}"`, Size: info.size };
    }),
  );
  return {
    ListPartsResult: {
      Bucket: bucket,
      Key: key,
      UploadId: uploadId,
      PartNumberMarker: marker,
      MaxParts: 10_000,
      IsTruncated: false,
      ...(parts.length > 0 ? { Part: parts } : {}),
    },
  };
}

async function listUploads(uploads: string, bucket: string) {
  let ids: string[] = [];
  try {
    ids = readdirSync(uploads).filter((name) => /^[0-9a-f]{32}$/.test(name));
  } catch {
    // no upload started yet
  }
  const found = await Promise.all(
    ids.map(async (id) => ({
      Key: await readFile(join(uploads, id, 'key'), 'utf8'),
      UploadId: id,
      Initiated: (await stat(join(uploads, id))).birthtime.toISOString(),
    })),
  );
  return {
    ListMultipartUploadsResult: {
      Bucket: bucket,
      IsTruncated: false,
      ...(found.length > 0 ? { Upload: found } : {}),
    },
  };
}
