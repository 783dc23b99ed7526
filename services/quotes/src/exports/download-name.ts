/** The longest file name (without the extension) an export is offered under. */
const maxLength = 100;

/**
 * The quote's name as a file name every system accepts: letters, digits, space, `.`, `_` and `-` kept,
 * everything else `_`; no leading dot, at most 100 characters; `quote-<id>` when nothing is left.
 */
export function safeFileName(name: string, id: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9 ._-]/g, '_')
    .replace(/\s+/g, ' ')
    .slice(0, maxLength)
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return /[A-Za-z0-9]/.test(cleaned) ? cleaned : `quote-${id}`;
}

/** Control characters, path separators and lone surrogates (which UTF-8 cannot encode). */
const unsafeForEncoding =
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  /[\u0000-\u001f\u007f-\u009f/\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The quote's name for `filename*` (RFC 8187): kept as the person wrote it but for control characters,
 * slashes and backslashes (`_`), at most 100 characters, percent-encoded in UTF-8.
 */
export function encodedFileName(name: string, id: string): string {
  const kept = [...name.replace(unsafeForEncoding, '_')]
    .slice(0, maxLength)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const chosen = kept === '' ? `quote-${id}` : kept;
  return encodeURIComponent(chosen).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `Content-Disposition` for a download of a quote: an ASCII `filename` for every client and the
 * UTF-8 `filename*` that current browsers prefer.
 */
export function attachmentDisposition(name: string, id: string, extension: 'pdf' | 'csv'): string {
  return (
    `attachment; filename="${safeFileName(name, id)}.${extension}"; ` +
    `filename*=UTF-8''${encodedFileName(name, id)}.${extension}`
  );
}
