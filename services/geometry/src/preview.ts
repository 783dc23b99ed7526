import type { Analysis } from './compute-facts.ts';
import type { Edge } from './edge.ts';
import { edgePolyline, loopPolygon } from './loop-shape.ts';
import type { GeometryOptions, Preview, PreviewPath } from './types.ts';

/** Formats a coordinate with at most 3 decimals, never "-0", never NaN. */
function num(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

function pathData(pts: ArrayLike<number>, scale: number, close: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < pts.length; i += 2) {
    parts.push(`${i === 0 ? 'M' : 'L'}${num((pts[i] as number) * scale)} ${num((pts[i + 1] as number) * scale)}`);
  }
  if (close && parts.length) parts.push('Z');
  return parts.join('');
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
  const add = (kind: PreviewPath['kind'], pts: ArrayLike<number>, close: boolean): void => {
    if (pts.length / 2 > budget) {
      truncated = true;
      return;
    }
    budget -= pts.length / 2;
    paths.push({ kind, d: pathData(pts, scale, close) });
  };
  a.loops.forEach((loop, i) => {
    if (truncated) return;
    add((a.depth[i] as number) % 2 === 0 ? 'outer' : 'hole', loopPolygon(edges, loop, tol), true);
  });
  for (const chain of a.contours.chains) {
    if (truncated) break;
    for (const i of chain) add('open', edgePolyline((edges[i] as Edge).prims, tol), false);
  }
  const b = a.facts.bbox;
  const bbox: Preview['bbox'] = b ? [b[0] * scale, b[1] * scale, b[2] * scale, b[3] * scale] : null;
  return { bbox, paths, truncated };
}
