import { PolylineScratch } from './polyline-scratch.ts';
import type { PolylineEntity } from './dxf-entities.ts';
import type { Common } from './parse-entity.ts';
import type { ReadContext } from './read-context.ts';
import type { TagReader } from './tag-reader.ts';

/** Vertices of the polyline being read (reused: no arrays per polyline). */
const verts = new PolylineScratch();

/** Reads an LWPOLYLINE (vertices as groups 10/20/42 of the entity itself). */
export function parseLwPolyline(r: TagReader, c: Common, ctx: ReadContext): PolylineEntity {
  const v = verts.reset();
  let closed = false;
  let elevation = 0;
  let n = -1;
  while (r.next() && r.code !== 0) {
    const code = r.code;
    if (code === 10) {
      n++;
      const a = v.room(n + 1);
      r.floatAt(a, 3 * n);
      a[3 * n + 1] = 0;
      a[3 * n + 2] = 0;
      if ((n & 255) === 255) ctx.countPrimitives(256);
    } else if (code === 20) {
      if (n >= 0) r.floatAt(v.a, 3 * n + 1);
    } else if (code === 42) {
      if (n >= 0) r.floatAt(v.a, 3 * n + 2);
    } else if (code === 70) closed = (r.int() & 1) === 1;
    else if (code === 38) elevation = r.float();
    else c.take(r);
  }
  v.n = n + 1;
  return v.entity('LWPOLYLINE', c, closed, false, false, elevation);
}

/** Reads a POLYLINE with its VERTEX and SEQEND entities. */
export function parsePolyline(r: TagReader, c: Common, ctx: ReadContext): PolylineEntity {
  const v = verts.reset();
  let flags = 0;
  let elevation = 0;
  while (r.next() && r.code !== 0) {
    if (r.code === 70) flags = r.int();
    else if (r.code === 30) elevation = r.float();
    else c.take(r);
  }
  while (r.code === 0 && r.is('VERTEX')) {
    ctx.countEntity();
    readVertex(r, v);
  }
  if (r.code === 0 && r.is('SEQEND')) while (r.next() && r.code !== 0);
  return v.entity('POLYLINE', c, (flags & 1) === 1, (flags & 8) === 8, (flags & (16 | 64)) !== 0, elevation);
}

function readVertex(r: TagReader, v: PolylineScratch): void {
  // Read into the next free slot; it is kept only for a vertex that is not a spline frame point.
  const k = v.n;
  const a = v.room(k + 1);
  a[3 * k] = 0;
  a[3 * k + 1] = 0;
  a[3 * k + 2] = 0;
  let flags = 0;
  while (r.next() && r.code !== 0) {
    const code = r.code;
    if (code === 10) r.floatAt(a, 3 * k);
    else if (code === 20) r.floatAt(a, 3 * k + 1);
    else if (code === 42) r.floatAt(a, 3 * k + 2);
    else if (code === 70) flags = r.int();
  }
  if ((flags & 16) !== 0) return; // spline frame control point
  v.n = k + 1;
}
