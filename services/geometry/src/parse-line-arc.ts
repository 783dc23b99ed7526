import { f64 } from './arena.ts';
import { COMMON_CODES, type ArcEntity, type LineEntity } from './dxf-entities.ts';
import { arcPrims } from './entity-prims.ts';
import type { Common } from './parse-entity.ts';
import { NO_PRIMS, PS, writeSeg } from './prim-data.ts';
import { floatSlots, type TagReader } from './tag-reader.ts';

/** Numbers of the entity being read (floats go straight into it: no boxed number per value). */
const v = new Float64Array(6);
/** Where `readFloats` puts each coordinate; the codes `Common.take` reads stop it. */
const LINE_SLOTS = floatSlots([10, 20, 11, 21], COMMON_CODES);
const ARC_SLOTS = floatSlots([10, 20, 30, 40, 50, 51], COMMON_CODES);

/** Reads a LINE; it keeps its segment, packed (`prim-data.ts`), when its end points are finite. */
export function parseLine(r: TagReader, c: Common): LineEntity {
  v[0] = 0;
  v[1] = 0;
  v[2] = 0;
  v[3] = 0;
  while (r.readFloats(v, 0, LINE_SLOTS) && r.code !== 0) c.take(r);
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
  v[0] = 0;
  v[1] = 0;
  v[2] = 0;
  v[3] = 0;
  v[4] = 0;
  v[5] = 360;
  while (r.readFloats(v, 0, ARC_SLOTS) && r.code !== 0) c.take(r);
  let finite = Number.isFinite(c.ex) && Number.isFinite(c.ey) && Number.isFinite(c.ez);
  for (let i = 0; i < 6; i++) if (!Number.isFinite(v[i] as number)) finite = false;
  const pd = finite ? arcPrims(kind, v, c.ex, c.ey, c.ez) : NO_PRIMS;
  return { kind, layer: c.layer, finite, pd };
}
