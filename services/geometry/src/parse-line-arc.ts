import { f64 } from './arena.ts';
import type { ArcEntity, LineEntity } from './dxf-entities.ts';
import { arcPrims } from './entity-prims.ts';
import type { Common } from './parse-entity.ts';
import { NO_PRIMS, PS, writeSeg } from './prim-data.ts';
import type { TagReader } from './tag-reader.ts';

/** Numbers of the entity being read (floats go straight into it: no boxed number per value). */
const v = new Float64Array(6);

/** Reads a LINE; it keeps its segment, packed (`prim-data.ts`), when its end points are finite. */
export function parseLine(r: TagReader, c: Common): LineEntity {
  v.fill(0, 0, 4);
  while (r.next() && r.code !== 0) {
    const code = r.code;
    if (code === 10) r.floatAt(v, 0);
    else if (code === 20) r.floatAt(v, 1);
    else if (code === 11) r.floatAt(v, 2);
    else if (code === 21) r.floatAt(v, 3);
    else c.take(r);
  }
  const x0 = v[0] as number;
  const y0 = v[1] as number;
  const x1 = v[2] as number;
  const y1 = v[3] as number;
  const finite = Number.isFinite(x0) && Number.isFinite(y0) && Number.isFinite(x1) && Number.isFinite(y1);
  let pd: Float64Array = NO_PRIMS;
  if (finite) {
    pd = f64(PS);
    writeSeg(pd, 0, x0, y0, x1, y1);
  }
  return { kind: 'LINE', layer: c.layer, finite, pd };
}

/** Reads a CIRCLE or ARC; it keeps its arc in WCS-XY, packed, when all its numbers are finite. */
export function parseArc(r: TagReader, c: Common, kind: 'CIRCLE' | 'ARC'): ArcEntity {
  v.fill(0, 0, 5);
  v[5] = 360;
  while (r.next() && r.code !== 0) {
    const code = r.code;
    if (code === 10) r.floatAt(v, 0);
    else if (code === 20) r.floatAt(v, 1);
    else if (code === 30) r.floatAt(v, 2);
    else if (code === 40) r.floatAt(v, 3);
    else if (code === 50) r.floatAt(v, 4);
    else if (code === 51) r.floatAt(v, 5);
    else c.take(r);
  }
  let finite = Number.isFinite(c.ex) && Number.isFinite(c.ey) && Number.isFinite(c.ez);
  for (let i = 0; i < 6; i++) if (!Number.isFinite(v[i] as number)) finite = false;
  const pd = finite ? arcPrims(kind, v, c.ex, c.ey, c.ez) : NO_PRIMS;
  return { kind, layer: c.layer, finite, pd };
}
