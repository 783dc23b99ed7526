import type { Edge } from './edge.ts';
import { edgePolyline } from './loop-shape.ts';

/**
 * Flattened polylines of edges at `flat_tol`, computed once per edge that holds a spline (spline
 * evaluation is the expensive part) and on demand for the others (arcs are cheap to redo).
 */
export class PolylineCache {
  private readonly cache = new Map<number, Float64Array>();

  /** Creates a cache over `edges` at tolerance `tol`. */
  constructor(
    private readonly edges: Edge[],
    readonly tol: number,
  ) {}

  /** Polyline of edge `i` (x, y interleaved, start point included). */
  get(i: number): Float64Array {
    const hit = this.cache.get(i);
    if (hit) return hit;
    const e = this.edges[i] as Edge;
    const pts = edgePolyline(e.prims, this.tol);
    if (e.spline) this.cache.set(i, pts);
    return pts;
  }

  /** Drops the cached polylines (they are recomputed on demand afterwards). */
  clear(): void {
    this.cache.clear();
  }

  /** True when edge `i` holds a spline. */
  hasSpline(i: number): boolean {
    return (this.edges[i] as Edge).spline;
  }
}
