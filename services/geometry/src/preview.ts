import type { Analysis } from './compute-facts.ts';
import type { Edge } from './edge.ts';
import { PointBuf } from './flatten.ts';
import { edgePointsAt, loopPointsAt, type Loop } from './loop-shape.ts';
import type { GeometryOptions, Preview, PreviewPath } from './types.ts';

/** Formats a coordinate with at most 2 decimals (0.01 mm), never "-0", never NaN. */
export function num(v: number): string {
  const r = Math.round(v * 100);
  if (!Number.isFinite(r) || r === 0) return '0';
  const a = Math.abs(r);
  const ip = Math.floor(a / 100);
  const fp = a - ip * 100;
  const sign = r < 0 ? '-' : '';
  if (fp === 0) return sign + ip;
  if (fp < 10) return sign + ip + '.0' + fp;
  return sign + ip + '.' + (fp % 10 === 0 ? fp / 10 : fp);
}

/** "00" to "99" as ASCII digit pairs. */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + ((i / 10) | 0);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** Number of decimal digits of an integer in [0, 2^31 / 100). */
function decimalDigits(v: number): number {
  if (v < 10000) return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : 4;
  return v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7 : 8;
}

/** Scratch of `ByteOut.num`. */
const one = new Float64Array(1);

/** ASCII output of all paths; decoded once into one string that the paths are slices of. */
export class ByteOut {
  b = new Uint8Array(1 << 16);
  n = 0;

  reserve(extra: number): void {
    if (this.n + extra <= this.b.length) return;
    const c = new Uint8Array(Math.max(this.n + extra, 2 * this.b.length));
    c.set(this.b.subarray(0, this.n));
    this.b = c;
  }

  /** Appends `num(v)` (the caller has reserved 24 bytes). */
  num(v: number): void {
    one[0] = v;
    this.numOf(one, 0, 1);
  }

  /**
   * Appends `num(src[i] * scale)` (the caller has reserved 24 bytes). The value is read here rather
   * than passed: a double argument of a call that is not inlined is boxed, one allocation per number.
   */
  numOf(src: Float64Array, i: number, scale: number): void {
    const v = (src[i] as number) * scale;
    const r = Math.round(v * 100);
    const b = this.b;
    if (!Number.isFinite(r) || r === 0) {
      b[this.n++] = 48;
      return;
    }
    const a = Math.abs(r);
    if (a >= 1e15) {
      // Far beyond any drawing: the string formatter (which may use exponents) decides.
      const s = num(v);
      this.reserve(s.length);
      for (let i = 0; i < s.length; i++) this.b[this.n++] = s.charCodeAt(i);
      return;
    }
    let n = this.n;
    if (r < 0) b[n++] = 45;
    let ip: number;
    let fp: number;
    if (a < 2147483648) {
      // Int32 arithmetic (a / 100 truncated is Math.floor(a / 100) for these a), digits two at a time.
      const ai = a | 0;
      ip = (ai / 100) | 0;
      fp = ai - ip * 100;
      n += decimalDigits(ip);
      let w = n;
      let q = ip;
      while (q >= 100) {
        const q100 = (q / 100) | 0;
        const d = 2 * (q - q100 * 100);
        b[--w] = PAIRS[d + 1] as number;
        b[--w] = PAIRS[d] as number;
        q = q100;
      }
      if (q >= 10) {
        b[--w] = PAIRS[2 * q + 1] as number;
        b[--w] = PAIRS[2 * q] as number;
      } else b[--w] = 48 + q;
    } else {
      ip = Math.floor(a / 100);
      fp = a - ip * 100;
      // Integer digits, written backwards then in place.
      const start = n;
      let q = ip;
      do {
        const d = q % 10;
        b[n++] = 48 + d;
        q = (q - d) / 10;
      } while (q > 0);
      for (let i = start, j = n - 1; i < j; i++, j--) {
        const t = b[i] as number;
        b[i] = b[j] as number;
        b[j] = t;
      }
    }
    if (fp !== 0) {
      // Two decimals, the second only when it is not 0 (fp is an integer in 1..99).
      const f = 2 * (fp | 0);
      b[n++] = 46;
      b[n++] = PAIRS[f] as number;
      const lo = PAIRS[f + 1] as number;
      if (lo !== 48) b[n++] = lo;
    }
    this.n = n;
  }
}

/** SVG path data of `pts` into `out`; points closer than `tol` (drawing units) to the last one written are dropped. */
function pathData(pts: PointBuf, scale: number, close: boolean, tol: number, out: ByteOut): void {
  let lx = NaN;
  let ly = NaN;
  const a = pts.a;
  const n = pts.n;
  const before = out.n;
  for (let i = 0; i + 1 < n; i += 2) {
    const x = a[i] as number;
    const y = a[i + 1] as number;
    if (i > 0 && i + 2 < n && Math.abs(x - lx) < tol && Math.abs(y - ly) < tol) continue;
    out.reserve(64);
    out.b[out.n++] = i === 0 ? 77 : 76; // M, L
    out.numOf(a, i, scale);
    out.b[out.n++] = 32;
    out.numOf(a, i + 1, scale);
    lx = x;
    ly = y;
  }
  if (close && out.n > before) {
    out.reserve(1);
    out.b[out.n++] = 90; // Z
  }
}

const loopBuf = new PointBuf(4096);
/** Reused output buffer (it only grows): the paths are decoded from it into one string. */
const byteOut = new ByteOut();
const edgeBuf = new PointBuf(1024);
const decoder = new TextDecoder();

/** Chord tolerance of the preview in drawing units: `previewTolMm`, or coarser for a large drawing. */
export function previewTol(bbox: readonly number[] | null, scale: number, opts: GeometryOptions): number {
  const finest = opts.previewTolMm / scale;
  if (!bbox || !(opts.previewResolution > 0)) return finest;
  const side = Math.max((bbox[2] as number) - (bbox[0] as number), (bbox[3] as number) - (bbox[1] as number));
  const tol = side / opts.previewResolution;
  return tol > finest ? tol : finest;
}

/**
 * Preview paths in mm (drawing units scaled by `scale`): one per loop (`outer` at even depth,
 * `hole` at odd depth) and one per open chain; curves flattened at `previewTol`. Paths past
 * `previewMaxPoints` points are left out and `truncated` is set.
 */
export function buildPreview(edges: Edge[], a: Analysis, scale: number, opts: GeometryOptions): Preview {
  const tol = previewTol(a.facts.bbox, scale, opts);
  const kinds: PreviewPath['kind'][] = [];
  const ends: number[] = [];
  const out = byteOut;
  out.n = 0;
  let budget = opts.previewMaxPoints;
  let truncated = false;
  const add = (kind: PreviewPath['kind'], pts: PointBuf, close: boolean): void => {
    if (pts.n / 2 > budget) {
      truncated = true;
      return;
    }
    budget -= pts.n / 2;
    pathData(pts, scale, close, tol, out);
    kinds.push(kind);
    ends.push(out.n);
  };
  const loops = a.loops;
  for (let i = 0; i < loops.length && !truncated; i++) {
    loopBuf.n = 0;
    loopPointsAt(edges, loops[i] as Loop, tol, loopBuf, a.lines);
    add((a.depth[i] as number) % 2 === 0 ? 'outer' : 'hole', loopBuf, true);
  }
  for (const chain of a.contours.chains) {
    if (truncated) break;
    for (const i of chain) {
      edgeBuf.n = 0;
      edgePointsAt(edges, i, false, tol, a.lines, edgeBuf);
      add('open', edgeBuf, false);
    }
  }
  const all = decoder.decode(out.b.subarray(0, out.n));
  const paths: PreviewPath[] = new Array(kinds.length);
  let from = 0;
  for (let k = 0; k < kinds.length; k++) {
    const to = ends[k] as number;
    paths[k] = { kind: kinds[k] as PreviewPath['kind'], d: all.slice(from, to) };
    from = to;
  }
  const b = a.facts.bbox;
  const bbox: Preview['bbox'] = b ? [b[0] * scale, b[1] * scale, b[2] * scale, b[3] * scale] : null;
  return { bbox, paths, truncated };
}
