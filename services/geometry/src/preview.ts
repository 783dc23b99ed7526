import type { Analysis } from './compute-facts.ts';
import type { Edge } from './edge.ts';
import { edgePolyline, loopPoints } from './loop-shape.ts';
import type { GeometryOptions, Preview, PreviewPath } from './types.ts';

/** Formats a coordinate with at most 2 decimals (0.01 mm), never "-0", never NaN. */
function num(v: number): string {
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

/** SVG path data; points closer than `tol` (drawing units) to the last one written are dropped. */
function pathData(pts: ArrayLike<number>, scale: number, close: boolean, tol: number): string {
  let d = '';
  let lx = NaN;
  let ly = NaN;
  const n = pts.length;
  for (let i = 0; i + 1 < n; i += 2) {
    const x = pts[i] as number;
    const y = pts[i + 1] as number;
    if (i > 0 && i + 2 < n && Math.abs(x - lx) < tol && Math.abs(y - ly) < tol) continue;
    d += (i === 0 ? 'M' : 'L') + num(x * scale) + ' ' + num(y * scale);
    lx = x;
    ly = y;
  }
  return close && d ? d + 'Z' : d;
}

/**
 * Preview paths in mm (drawing units scaled by `scale`): one per loop (`outer` at even depth,
 * `hole` at odd depth) and one per open chain; curves flattened at `previewTolMm`. Paths past
 * `previewMaxPoints` points are left out and `truncated` is set.
 */
export function buildPreview(edges: Edge[], a: Analysis, scale: number, opts: GeometryOptions): Preview {
  const tol = opts.previewTolMm / scale;
  const paths: PreviewPath[] = [];
  let budget = opts.previewMaxPoints;
  let truncated = false;
  const line = (i: number): ArrayLike<number> => edgePolyline((edges[i] as Edge).prims, tol);
  const add = (kind: PreviewPath['kind'], pts: ArrayLike<number>, close: boolean): void => {
    if (pts.length / 2 > budget) {
      truncated = true;
      return;
    }
    budget -= pts.length / 2;
    paths.push({ kind, d: pathData(pts, scale, close, tol) });
  };
  a.loops.forEach((loop, i) => {
    if (truncated) return;
    add((a.depth[i] as number) % 2 === 0 ? 'outer' : 'hole', loopPoints(loop, line), true);
  });
  for (const chain of a.contours.chains) {
    if (truncated) break;
    for (const i of chain) add('open', line(i), false);
  }
  const b = a.facts.bbox;
  const bbox: Preview['bbox'] = b ? [b[0] * scale, b[1] * scale, b[2] * scale, b[3] * scale] : null;
  return { bbox, paths, truncated };
}
