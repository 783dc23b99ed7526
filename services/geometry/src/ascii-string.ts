import { decodeCp1252 } from './cp1252.ts';

const LATIN1 = new TextDecoder('latin1');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The string of value bytes [s, e): ASCII strings up to 256 bytes interned in `interned` by a hash
 * of their bytes (layer, block and type names repeat; long layer names too), then UTF-8, then
 * Windows-1252.
 */
export function decodeValue(b: Uint8Array, s: number, e: number, interned: Map<number, string>): string {
  let ascii = true;
  let h = 2166136261;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c >= 128) {
      ascii = false;
      break;
    }
    h = Math.imul(h ^ c, 16777619);
  }
  if (ascii && e - s <= 256) {
    const key = (h ^ (e - s)) >>> 0;
    const hit = interned.get(key);
    if (hit !== undefined && hit.length === e - s && sameAscii(hit, b, s)) return hit;
    const str = String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
    if (interned.size < 4096) interned.set(key, str);
    return str;
  }
  const view = b.subarray(s, e);
  if (ascii)
    return e - s < 24 ? String.fromCharCode.apply(null, view as unknown as number[]) : LATIN1.decode(view);
  try {
    return UTF8.decode(view);
  } catch {
    return decodeCp1252(view);
  }
}

function sameAscii(str: string, b: Uint8Array, at: number): boolean {
  for (let k = 0; k < str.length; k++) if (str.charCodeAt(k) !== b[at + k]) return false;
  return true;
}
