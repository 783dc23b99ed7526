import type { Analysis } from './compute-facts.ts';
import type { Edge } from './edge.ts';
import { PointBuf } from './flatten.ts';
import { edgePointsAt, loopPointsAt, type Loop } from './loop-shape.ts';
import type { GeometryOptions, Preview, PreviewPath } from './types.ts';
import {
  ByteOut,
  INT_LIMIT,
  NUM_BYTES,
  roundHalfUp,
  writeHundredthsL,
  writeHundredthsSpace,
  writeSlow,
} from './preview-bytes.ts';

/** Bytes a point may take on the integer path: command, two numbers with their slack, space. */
const POINT_BYTES = 2 * NUM_BYTES + 2;

/** Points written between two buffer checks: room is reserved for this many at a time. */
const CHUNK = 4096;

/**
 * SVG path data of `pts` into `out`; points closer than `tol` (drawing units) to the last one written
 * are dropped (never the first or the last). Room is reserved once per chunk of points (again after
 * the rare string-formatted point), the 'M' with the first chunk: most paths are a dozen points, so
 * one reserve call a path. The inner loop has no buffer check and the buffer grows only as far as
 * the output needs; each coordinate is rounded here to an int32 of hundredths, so the digit writer
 * gets only Smis. Each y is written with the next point's 'L'; the last one is taken back, or
 * overwritten by the 'Z' of a closed path (which so needs no room of its own).
 */
function pathData(pts: PointBuf, scale: number, close: boolean, tol: number, out: ByteOut): void {
  const a = pts.a;
  const n = pts.n;
  if (n < 2) return;
  out.reserve(1 + (Math.min(n, 2 * CHUNK) >> 1) * POINT_BYTES);
  let o = out.n;
  out.b[o++] = 77; // M
  let lx = NaN;
  let ly = NaN;
  const last = n - 2;
  for (let i = 0; i + 1 < n;) {
    const end = Math.min(n, i + 2 * CHUNK);
    if (i > 0) {
      out.n = o;
      out.reserve(((end - i) >> 1) * POINT_BYTES);
    }
    let b = out.b;
    let dv = out.v;
    for (; i + 1 < end; i += 2) {
      const x = a[i] as number;
      const y = a[i + 1] as number;
      // Never the first point (lx is NaN there: no comparison holds) nor the last one.
      if (Math.abs(x - lx) < tol && Math.abs(y - ly) < tol && i < last) continue;
      // A drawing in mm (scale 1) skips a product that leaves x as it is.
      const cx = scale === 1 ? x * 100 : x * scale * 100;
      const cy = scale === 1 ? y * 100 : y * scale * 100;
      if (Math.abs(cx) < INT_LIMIT && Math.abs(cy) < INT_LIMIT) {
        o = writeHundredthsSpace(b, dv, o, roundHalfUp(cx) | 0);
        o = writeHundredthsL(b, dv, o, roundHalfUp(cy) | 0);
      } else {
        o = writeSlow(out, o, x * scale);
        out.b[o++] = 32;
        o = writeSlow(out, o, y * scale);
        out.b[o++] = 76; // L
        out.n = o;
        out.reserve(((end - i) >> 1) * POINT_BYTES);
        b = out.b;
        dv = out.v;
      }
      lx = x;
      ly = y;
    }
  }
  // The 'L' written ahead after the last point: taken back, or replaced by the 'Z'.
  o--;
  if (close) out.b[o++] = 90; // Z
  out.n = o;
}

const loopBuf = new PointBuf(4096);
/** Reused output buffer (it only grows): the paths are decoded from it (`pathStrings`). */
const byteOut = new ByteOut();
const edgeBuf = new PointBuf(1024);
const decoder = new TextDecoder();

/**
 * Most bytes decoded into one string (unless one path is longer): a string under V8's large-object
 * size (about 128 kB) is allocated in the young generation, a larger one on fresh large-object pages,
 * which cost several times the decoding itself (0.7 ms for 682 kB in one piece, 0.12 ms in pieces
 * of 32 or 64 kB).
 */
const DECODE_CHUNK = 1 << 15;

/**
 * The paths (kind k ending at byte `ends[k]` of `bytes`): runs of whole paths of at most
 * `DECODE_CHUNK` bytes (or one longer path) are decoded into one string each, which the paths of
 * the run are slices of.
 */
function pathStrings(bytes: Uint8Array, kinds: PreviewPath['kind'][], ends: number[]): PreviewPath[] {
  const paths: PreviewPath[] = new Array(kinds.length);
  let from = 0;
  for (let k = 0; k < kinds.length;) {
    let j = k + 1;
    while (j < kinds.length && (ends[j] as number) - from <= DECODE_CHUNK) j++;
    const to = ends[j - 1] as number;
    const run = decoder.decode(bytes.subarray(from, to));
    for (let at = 0; k < j; k++) {
      const end = (ends[k] as number) - from;
      paths[k] = { kind: kinds[k] as PreviewPath['kind'], d: run.slice(at, end) };
      at = end;
    }
    from = to;
  }
  return paths;
}

/** Chord tolerance of the preview in drawing units: `previewTolMm`, or coarser for a large drawing. */
function previewTol(bbox: readonly number[] | null, scale: number, opts: GeometryOptions): number {
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
  const paths = pathStrings(out.b, kinds, ends);
  const b = a.facts.bbox;
  const bbox: Preview['bbox'] = b ? [b[0] * scale, b[1] * scale, b[2] * scale, b[3] * scale] : null;
  return { bbox, paths, truncated };
}
