/** Spatial hash of points with cell size `tol`: neighbours within `tol` lie in the 3x3 cells around. */
export class PointGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly inv: number;

  /** Creates a grid for distance `tol` (> 0). */
  constructor(tol: number) {
    this.inv = tol > 0 ? 1 / tol : 1;
  }

  private static key(ix: number, iy: number): number {
    return (Math.imul(ix | 0, 73856093) ^ Math.imul(iy | 0, 19349663)) | 0;
  }

  private cell(v: number): number {
    const c = Math.floor(v * this.inv);
    return Number.isFinite(c) ? c % 1073741824 : 0;
  }

  /** Stores id `id` at point (x, y). */
  add(x: number, y: number, id: number): void {
    const k = PointGrid.key(this.cell(x), this.cell(y));
    const list = this.cells.get(k);
    if (list) list.push(id);
    else this.cells.set(k, [id]);
  }

  /** Ids stored in the cell (ix, iy), or undefined; cells come from `cellIndex`. */
  bucket(ix: number, iy: number): number[] | undefined {
    return this.cells.get(PointGrid.key(ix, iy));
  }

  /** Cell index of a coordinate. */
  cellIndex(v: number): number {
    return this.cell(v);
  }

  /** Calls `visit` with the ids stored in the 3x3 cells around (x, y) (may include far ones: check distance). */
  near(x: number, y: number, visit: (id: number) => boolean | void): void {
    const cx = this.cell(x);
    const cy = this.cell(y);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const list = this.cells.get(PointGrid.key(cx + dx, cy + dy));
        if (!list) continue;
        for (let i = 0; i < list.length; i++) if (visit(list[i] as number) === true) return;
      }
    }
  }
}
