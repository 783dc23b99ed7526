// The two tus requests of a whole-file upload to the BFF, for the cluster test and benchmark (the
// browser uses tus-js-client; these send each file in one PATCH).
import { createHash } from 'node:crypto';

/** One file to upload into a batch. */
export interface UploadFile {
  readonly name: string;
  readonly bytes: Buffer;
  readonly batch: string;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

/**
 * Creates the upload at `createAt` and sends its bytes to `sendTo` (another BFF replica, or the same
 * origin); throws unless the BFF answered 201 then 204.
 */
export async function tusUpload(
  file: UploadFile,
  cookie: string,
  createAt: string,
  sendTo = createAt,
): Promise<void> {
  const headers = { cookie, 'x-kerf-request': '1', 'tus-resumable': '1.0.0' };
  const sha = createHash('sha256').update(file.bytes).digest('hex');
  const created = await fetch(`${createAt}/api/uploads`, {
    method: 'POST',
    headers: {
      ...headers,
      'upload-length': String(file.bytes.length),
      'upload-metadata': `filename ${b64(file.name)},sha256 ${b64(sha)},batch ${b64(file.batch)}`,
    },
  });
  if (created.status !== 201) throw new Error(`creating ${file.name} answered ${created.status}`);
  const patched = await fetch(`${sendTo}${created.headers.get('location')!}`, {
    method: 'PATCH',
    headers: { ...headers, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    body: new Uint8Array(file.bytes),
  });
  if (patched.status !== 204) throw new Error(`sending ${file.name} answered ${patched.status}`);
}

/** Signs a demo user in at `origin` and returns the session cookie (`name=value`). */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kerf-request': '1' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`signing in ${email} answered ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}
