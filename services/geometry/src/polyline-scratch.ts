import type { PolylineEntity } from './dxf-entities.ts';
import { NO_PRIMS } from './prim-data.ts';
import type { Common } from './parse-entity.ts';
import { lastBadBulges, polylinePrims } from './entity-prims.ts';

/**
 * Vertices of one polyline while it is read, x, y and bulge interleaved in a reused buffer; the
 * entity keeps only its packed primitives (`entity`), not the vertices.
 */
export class PolylineScratch {
  /** x, y, bulge per vertex. */
  a = new Float64Array(3 * 1024);
  /** Vertices kept. */
  n = 0;

  /** Empties the buffer. */
  reset(): this {
    this.n = 0;
    return this;
  }

  /** Makes room for `count` vertices; returns the (possibly new) buffer. */
  room(count: number): Float64Array {
    if (3 * count > this.a.length) {
      const b = new Float64Array(Math.max(3 * count, 2 * this.a.length));
      b.set(this.a);
      this.a = b;
    }
    return this.a;
  }

  /** The polyline entity of the vertices read, with its primitives when it is cut geometry and finite. */
  entity(
    kind: 'LWPOLYLINE' | 'POLYLINE',
    c: Common,
    closed: boolean,
    is3d: boolean,
    mesh: boolean,
    elevation: number,
  ): PolylineEntity {
    const n = this.n;
    const a = this.a;
    let finite =
      Number.isFinite(elevation) && Number.isFinite(c.ex) && Number.isFinite(c.ey) && Number.isFinite(c.ez);
    let pd: Float64Array = NO_PRIMS;
    let badBulges = 0;
    if (!mesh && n > 0 && finite) {
      // polylinePrims tests the vertices as it converts them.
      pd = polylinePrims(a, n, closed, is3d, elevation, c.ex, c.ey, c.ez);
      if (pd === NO_PRIMS) finite = false;
      else badBulges = lastBadBulges();
    } else if (finite) finite = allFiniteXY(a, n);
    return { kind, layer: c.layer, closed, mesh, vertices: n, finite, pd, badBulges };
  }
}

/** True when the x and y of every vertex (x, y, bulge interleaved, `n` of them) are finite. */
function allFiniteXY(a: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(a[3 * i] as number) || !Number.isFinite(a[3 * i + 1] as number)) return false;
  }
  return true;
}
