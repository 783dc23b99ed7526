import type { FieldError } from '../problem.ts';

/** What the browser says about a file when it starts an upload. */
export interface UploadMetadata {
  name: string;
  sha256: string;
  batch: string;
}

const batchPattern = /^[A-Za-z0-9_-]{8,64}$/;
const shaPattern = /^[0-9a-f]{64}$/;
// Control characters and the bidirectional overrides that can disguise a name (`gpj.dxf` shown as `fxd.jpg`).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafeCharacters = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** The name to show for an uploaded file: unsafe characters removed, at most 255 characters, extension kept. */
export function displayName(raw: string): string {
  const clean = raw.replace(unsafeCharacters, '').trim();
  if (clean.length <= 255) return clean;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(clean)?.[0] ?? '';
  return clean.slice(0, 255 - extension.length - 1) + '…' + extension;
}

/** Checks tus upload metadata; the stored file name is always the server's id, never this name. */
export function checkMetadata(
  metadata: Record<string, string | null> | undefined,
): UploadMetadata | FieldError[] {
  const errors: FieldError[] = [];
  const filename = metadata?.filename ?? '';
  const name = displayName(filename);
  if (name === '') errors.push({ field: 'metadata.filename', message: 'is required' });
  else if (!/\.dxf$/i.test(name)) errors.push({ field: 'metadata.filename', message: 'must be a .dxf file' });
  const sha256 = metadata?.sha256 ?? '';
  if (!shaPattern.test(sha256))
    errors.push({ field: 'metadata.sha256', message: 'must be the lower-case hex SHA-256 of the file' });
  const batch = metadata?.batch ?? '';
  if (!batchPattern.test(batch))
    errors.push({ field: 'metadata.batch', message: 'must be 8 to 64 letters, digits, - or _' });
  return errors.length > 0 ? errors : { name, sha256, batch };
}
