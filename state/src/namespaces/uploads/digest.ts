/** Lower-case hex of bytes. */
export function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 of a blob with the platform's digest. Reading the blob and digesting it are both
 * asynchronous (the browser does the work off the page's thread), so no task of the page blocks.
 */
export async function digestBlob(blob: Blob): Promise<string> {
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
}

/** A hash worker's answer: the hash of request `id`, or why there is none. */
export type HashAnswer = { id: number; sha256: string } | { id: number; error: string };
