import type { Edge } from './edge.ts';
import { ByteBuf, coarsenSpline, flattenSplineRecorded, PointBuf } from './flatten.ts';
import { edgePolyline } from './loop-shape.ts';
import { copyF64, copyU8 } from './arena.ts';

const pointScratch = new PointBuf(4096);
const depthScratch = new ByteBuf();

/**
 * Flattened polylines of edges at `flat_tol`, computed once per edge that holds a spline (spline
 * evaluation is the expensive part) and on demand for the others (arcs are cheap to redo). A lone
 * spline keeps the depths of its subdivision, from which its flattening at any coarser tolerance
 * (hole widths, preview) follows without evaluating it again.
 */
export class PolylineCache {
  private readonly cache = new Map<number, Float64Array>();
  private readonly depths = new Map<number, Uint8Array>();

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
      depthScratch.n = 0;
      flattenSplineRecorded(only, this.tol, pointScratch, depthScratch);
      const pts = copyF64(pointScratch.a, pointScratch.n);
      this.cache.set(i, pts);
      this.depths.set(i, copyU8(depthScratch.a, depthScratch.n));
      return pts;
    }
    const pts = edgePolyline(e, this.tol);
    if (e.spline) this.cache.set(i, pts);
    return pts;
  }

  /**
   * Appends edge i's polyline at tolerance `tol` (>= the cache's) to `out` when it can be derived
   * from a cached spline flattening, and returns true; false when the caller must flatten.
   */
  coarseInto(i: number, tol: number, out: PointBuf): boolean {
    if (!(tol >= this.tol)) return false;
    const pts = this.cache.get(i);
    const depths = this.depths.get(i);
    if (!pts || !depths) return false;
    coarsenSpline(pts, depths, tol, out);
    return true;
  }

  /** Drops the cached polylines (they are recomputed on demand afterwards). */
  clear(): void {
    this.cache.clear();
    this.depths.clear();
  }

  /** True when edge `i` holds a spline. */
  hasSpline(i: number): boolean {
    return (this.edges[i] as Edge).spline;
  }
}
