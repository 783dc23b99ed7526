import type { DxfEntity } from './dxf-entities.ts';
import { ellipsePrims } from './entity-prims.ts';
import { NO_PRIMS } from './prim-data.ts';
import type { SplinePrim } from './primitives.ts';
import type { ReadContext } from './read-context.ts';
import { splinePrims } from './spline-prims.ts';

/** A cut entity in its own coordinates, before block placement. */
export interface Proto {
  type: string;
  layer: string;
  /** Segments and arcs packed as in `prim-data.ts` (empty for a spline). */
  pd: Float64Array;
  /** The spline of a SPLINE entity, else null. */
  spl: SplinePrim | null;
  closedFlag: boolean;
}

/** A fresh proto to fill (`entityProto` fills the one it is given). */
export function newProto(): Proto {
  return { type: '', layer: '', pd: NO_PRIMS, spl: null, closedFlag: false };
}

/** Fills `p` and returns it. */
function fill(
  p: Proto,
  type: string,
  layer: string,
  pd: Float64Array,
  spl: SplinePrim | null,
  closedFlag: boolean,
): Proto {
  p.type = type;
  p.layer = layer;
  p.pd = pd;
  p.spl = spl;
  p.closedFlag = closedFlag;
  return p;
}

/** Entity types that are cut geometry (POLYLINE only as 2D/3D polyline). */
export const CUT_TYPES = new Set(['LINE', 'ARC', 'CIRCLE', 'ELLIPSE', 'SPLINE', 'LWPOLYLINE', 'POLYLINE']);

/** True when every number is finite (fixed arities: a rest parameter would allocate per call). */
function finite4(a: number, b: number, c: number, d: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d);
}

/**
 * Converts a cut entity to primitives into `into` (a scratch for entities placed once, a fresh one
 * for block entities, which are cached: no proto object per top-level entity); returns null for
 * non-cut entities and for entities skipped with a warning (non-finite coordinates, empty or
 * invalid splines).
 */
export function entityProto(e: DxfEntity, ctx: ReadContext, into: Proto): Proto | null {
  switch (e.kind) {
    case 'OTHER':
    case 'INSERT':
      return null;
    case 'LINE':
      if (!e.finite) return skip(ctx, 'LINE');
      return fill(into, 'LINE', e.layer, e.pd, null, false);
    case 'CIRCLE':
    case 'ARC':
      if (!e.finite) return skip(ctx, e.kind);
      return fill(into, e.kind, e.layer, e.pd, null, e.kind === 'CIRCLE');
    case 'ELLIPSE': {
      if (!(
        finite4(e.cx, e.cy, e.cz, e.mx) &&
        finite4(e.my, e.mz, e.ratio, e.t0) &&
        finite4(e.t1, e.ex, e.ey, e.ez)
      )) {
        return skip(ctx, 'ELLIPSE');
      }
      const { pd, full } = ellipsePrims(e);
      return fill(into, 'ELLIPSE', e.layer, pd, null, full);
    }
    case 'LWPOLYLINE':
    case 'POLYLINE':
      return polylineProto(e, ctx, into);
    case 'SPLINE':
      return splineProto(e, ctx, into);
  }
}

function polylineProto(
  e: Extract<DxfEntity, { kind: 'LWPOLYLINE' | 'POLYLINE' }>,
  ctx: ReadContext,
  into: Proto,
): Proto | null {
  if (e.mesh) return null;
  if (e.vertices === 0) {
    ctx.warn(`empty_entity:${e.kind}`);
    return null;
  }
  if (!e.finite) return skip(ctx, e.kind);
  if (e.badBulges) ctx.warn('non_finite_bulge_taken_as_0', e.badBulges);
  return fill(into, e.kind, e.layer, e.pd, null, e.closed);
}

function splineProto(e: Extract<DxfEntity, { kind: 'SPLINE' }>, ctx: ReadContext, into: Proto): Proto | null {
  if (e.xs.length === 0 && e.fit.length === 0) {
    ctx.warn('empty_entity:SPLINE');
    return null;
  }
  if (!e.finite) return skip(ctx, 'SPLINE');
  const r = splinePrims(e);
  if ('error' in r) {
    ctx.warn(`bad_spline:${r.error}`);
    return null;
  }
  if (r.fromFit) ctx.warn('spline_from_fit_points');
  return fill(into, 'SPLINE', e.layer, NO_PRIMS, r.prim, false);
}

function skip(ctx: ReadContext, type: string): null {
  ctx.warn(`non_finite_geometry_skipped:${type}`);
  return null;
}
