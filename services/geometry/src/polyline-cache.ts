import type { Edge } from './edge.ts';
import { flattenSplineWhole, PointBuf } from './flatten.ts';
import { edgePolyline } from './loop-shape.ts';
import { copyF64 } from './arena.ts';

const pointScratch = new PointBuf(4096);

/**
 * Flattened polylines of edges at `flat_tol`, computed once per edge that holds a spline and on
 * demand for the others (arcs are cheap to redo). A lone spline's flattening at a coarser
 * tolerance (hole widths, preview) is computed afresh from its per-span polynomials: its points
 * are a subset of the cached ones, bit for bit, and that costs no more than picking them out.
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
    const only = e.spl;
    if (only) {
      pointScratch.n = 0;
      flattenSplineWhole(only, this.tol, pointScratch);
      const pts = copyF64(pointScratch.a, pointScratch.n);
      this.cache.set(i, pts);
      return pts;
    }
    const pts = edgePolyline(e, this.tol);
    if (e.spline) this.cache.set(i, pts);
    return pts;
  }

  /**
   * Appends edge i's polyline at tolerance `tol` (>= the cache's) to `out` when it is a lone
   * spline, consistent with the cached polyline (same start point, a subset of its points), and
   * returns true; false when the caller must flatten.
   */
  coarseInto(i: number, tol: number, out: PointBuf): boolean {
    if (!(tol >= this.tol)) return false;
    const spl = (this.edges[i] as Edge).spl;
    if (!spl) return false;
    flattenSplineWhole(spl, tol, out);
    return true;
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
