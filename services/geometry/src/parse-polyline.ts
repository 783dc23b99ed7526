import { PolylineScratch } from './polyline-scratch.ts';
import type { Common } from './parse-entity.ts';
import { COMMON_CODES, type PolylineEntity } from './dxf-entities.ts';
import type { ReadContext } from './read-context.ts';
import { floatSlots, Word, type TagReader } from './tag-reader.ts';

/** Vertices of the polyline being read (reused: no arrays per polyline). */
const verts = new PolylineScratch();

/** Before the first vertex of an LWPOLYLINE: bulges and y skipped, the caller reads the rest. */
const LW_HEAD = floatSlots([], [10, 70, 38, ...COMMON_CODES]);
/** Within a vertex: y and bulge at slots 1 and 2 from the vertex's x. */
const LW_VERTEX = floatSlots([-1, 20, 42], [10, 70, 38, ...COMMON_CODES]);

/** Reads an LWPOLYLINE (vertices as groups 10/20/42 of the entity itself). */
export function parseLwPolyline(r: TagReader, c: Common, ctx: ReadContext): PolylineEntity {
  const v = verts.reset();
  let closed = false;
  let elevation = 0;
  let n = -1;
  let slots = LW_HEAD;
  while (r.readFloats(v.a, 3 * Math.max(n, 0), slots) && r.code !== 0) {
    const code = r.code;
    if (code === 10) {
      n++;
      const a = v.room(n + 1);
      r.floatAt(a, 3 * n);
      a[3 * n + 1] = 0;
      a[3 * n + 2] = 0;
      slots = LW_VERTEX;
      if ((n & 255) === 255) ctx.countPrimitives(256);
    } else if (code === 70) closed = (r.int() & 1) === 1;
    else if (code === 38) elevation = r.float();
    else c.take(r);
  }
  v.n = n + 1;
  return v.entity('LWPOLYLINE', c, closed, false, false, elevation);
}

/** The header's elevation (30) goes to slot 0; the flags and the codes `Common.take` reads stop. */
const HEAD_SLOTS = floatSlots([30], [70, ...COMMON_CODES]);
const head = new Float64Array(1);
/** SEQEND's pairs are all skipped. */
const SEQEND_SLOTS = floatSlots([]);

/** The names of the vertices' entities and of the one that ends them. */
const VERTEX = new Word('VERTEX');
const SEQEND = new Word('SEQEND');

/** Reads a POLYLINE with its VERTEX and SEQEND entities. */
export function parsePolyline(r: TagReader, c: Common, ctx: ReadContext): PolylineEntity {
  const v = verts.reset();
  let flags = 0;
  head[0] = 0;
  while (r.readFloats(head, 0, HEAD_SLOTS) && r.code !== 0) {
    if (r.code === 70) flags = r.int();
    else c.take(r);
  }
  const elevation = head[0] as number;
  while (r.code === 0 && r.isWord(VERTEX)) {
    ctx.countEntity();
    readVertex(r, v);
  }
  if (r.code === 0 && r.isWord(SEQEND)) r.readFloats(head, 0, SEQEND_SLOTS);
  return v.entity('POLYLINE', c, (flags & 1) === 1, (flags & 8) === 8, (flags & (16 | 64)) !== 0, elevation);
}

/** x, y, bulge and flags of a VERTEX. */
const VERTEX_SLOTS = floatSlots([10, 20, 42, 70]);
const vertex = new Float64Array(4);

function readVertex(r: TagReader, v: PolylineScratch): boolean {
  vertex[0] = 0;
  vertex[1] = 0;
  vertex[2] = 0;
  vertex[3] = 0;
  const more = r.readFloats(vertex, 0, VERTEX_SLOTS);
  // The flags as read by `int()` (a float truncated) matter only through bit 16.
  if (((vertex[3] as number) & 16) !== 0) return more; // spline frame control point
  const k = v.n;
  const a = v.room(k + 1);
  a[3 * k] = vertex[0] as number;
  a[3 * k + 1] = vertex[1] as number;
  a[3 * k + 2] = vertex[2] as number;
  v.n = k + 1;
  return more;
}
