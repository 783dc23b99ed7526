import { COMMON_CODES, type DxfEntity, type InsertEntity } from './dxf-entities.ts';
import { parseArc, parseLine } from './parse-line-arc.ts';
import { parseLwPolyline, parsePolyline } from './parse-polyline.ts';
import { parseSpline } from './parse-spline.ts';
import type { ReadContext } from './read-context.ts';
import { floatSlots, type TagReader } from './tag-reader.ts';

/** An entity with its paperspace flag (group 67). */
export interface ParsedEntity {
  entity: DxfEntity | null;
  paperspace: boolean;
}

/** Common fields collected from any entity. */
export class Common {
  layer = '0';
  paperspace = false;
  ex = 0;
  ey = 0;
  ez = 1;

  /** Resets to defaults before the next entity (one instance is reused: no garbage per entity). */
  reset(): this {
    this.layer = '0';
    this.paperspace = false;
    this.ex = 0;
    this.ey = 0;
    this.ez = 1;
    return this;
  }

  /** Consumes common codes; returns true when the code was one of them. */
  take(r: TagReader): boolean {
    switch (r.code) {
      case 8:
        this.layer = r.repeatedStr();
        return true;
      case 67:
        this.paperspace = r.int() === 1;
        return true;
      case 210:
        this.ex = r.float();
        return true;
      case 220:
        this.ey = r.float();
        return true;
      case 230:
        this.ez = r.float();
        return true;
      default:
        return false;
    }
  }
}

const shared = new Common();

/** `readFloats` slots that read nothing and stop at the codes `Common.take` reads. */
const COMMON_STOPS = floatSlots([], COMMON_CODES);
const NO_FLOATS = new Float64Array(0);

/**
 * Reads the entity whose `0 TYPE` pair is current, up to the next `0` pair (left current).
 * POLYLINE consumes its VERTEX and SEQEND entities.
 */
export function parseEntity(r: TagReader, type: string, ctx: ReadContext): ParsedEntity {
  ctx.countEntity();
  const c = shared.reset();
  switch (type) {
    case 'LINE':
      return { entity: parseLine(r, c), paperspace: c.paperspace };
    case 'CIRCLE':
    case 'ARC':
      return { entity: parseArc(r, c, type), paperspace: c.paperspace };
    case 'ELLIPSE':
      return { entity: parseEllipse(r, c), paperspace: c.paperspace };
    case 'LWPOLYLINE':
      return { entity: parseLwPolyline(r, c, ctx), paperspace: c.paperspace };
    case 'POLYLINE':
      return { entity: parsePolyline(r, c, ctx), paperspace: c.paperspace };
    case 'SPLINE':
      return { entity: parseSpline(r, c, ctx), paperspace: c.paperspace };
    case 'INSERT':
      return { entity: parseInsert(r, c), paperspace: c.paperspace };
    default:
      // Pairs other than the common ones skipped in readFloats's loop, without a call each.
      while (r.readFloats(NO_FLOATS, 0, COMMON_STOPS) && r.code !== 0) c.take(r);
      return { entity: { kind: 'OTHER', type, layer: c.layer }, paperspace: c.paperspace };
  }
}

function parseEllipse(r: TagReader, c: Common): DxfEntity {
  let cx = 0,
    cy = 0,
    cz = 0,
    mx = 1,
    my = 0,
    mz = 0,
    ratio = 1,
    t0 = 0,
    t1 = 2 * Math.PI;
  while (r.next() && r.code !== 0) {
    switch (r.code) {
      case 10:
        cx = r.float();
        break;
      case 20:
        cy = r.float();
        break;
      case 30:
        cz = r.float();
        break;
      case 11:
        mx = r.float();
        break;
      case 21:
        my = r.float();
        break;
      case 31:
        mz = r.float();
        break;
      case 40:
        ratio = r.float();
        break;
      case 41:
        t0 = r.float();
        break;
      case 42:
        t1 = r.float();
        break;
      default:
        c.take(r);
    }
  }
  return {
    kind: 'ELLIPSE',
    layer: c.layer,
    cx,
    cy,
    cz,
    mx,
    my,
    mz,
    ratio,
    t0,
    t1,
    ex: c.ex,
    ey: c.ey,
    ez: c.ez,
  };
}

function parseInsert(r: TagReader, c: Common): DxfEntity {
  const i: InsertEntity = {
    kind: 'INSERT',
    layer: '0',
    name: '',
    x: 0,
    y: 0,
    z: 0,
    sx: 1,
    sy: 1,
    rotation: 0,
    cols: 1,
    rows: 1,
    colSpacing: 0,
    rowSpacing: 0,
    ex: 0,
    ey: 0,
    ez: 1,
  };
  while (r.next() && r.code !== 0) {
    switch (r.code) {
      case 2:
        i.name = r.str();
        break;
      case 10:
        i.x = r.float();
        break;
      case 20:
        i.y = r.float();
        break;
      case 30:
        i.z = r.float();
        break;
      case 41:
        i.sx = r.float();
        break;
      case 42:
        i.sy = r.float();
        break;
      case 50:
        i.rotation = r.float();
        break;
      case 70:
        i.cols = r.int();
        break;
      case 71:
        i.rows = r.int();
        break;
      case 44:
        i.colSpacing = r.float();
        break;
      case 45:
        i.rowSpacing = r.float();
        break;
      default:
        c.take(r);
    }
  }
  return { ...i, layer: c.layer, ex: c.ex, ey: c.ey, ez: c.ez };
}
