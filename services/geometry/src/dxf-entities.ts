/** Group codes every entity may have: layer, paperspace and extrusion (`Common.take` in parse-entity.ts). */
export const COMMON_CODES = [8, 67, 210, 220, 230];

/** Extrusion (OCS normal) of an entity. */
export interface Extrusion {
  ex: number;
  ey: number;
  ez: number;
}

/** Fields every entity has. */
interface Base {
  /** Layer name (group 8), "0" when absent. */
  layer: string;
}

/** LINE in WCS, converted while it is read: one segment packed as in `prim-data.ts`. */
export interface LineEntity extends Base {
  kind: 'LINE';
  /** True when both end points are finite. */
  finite: boolean;
  /** The segment; empty when not finite. */
  pd: Float64Array;
}

/** CIRCLE or ARC (read in OCS), converted while it is read: one elliptical arc in WCS-XY, packed. */
export interface ArcEntity extends Base {
  kind: 'CIRCLE' | 'ARC';
  /** True when the centre, radius, angles and extrusion are finite. */
  finite: boolean;
  /** The arc; empty when not finite. */
  pd: Float64Array;
}

/** ELLIPSE in WCS: centre, major axis end point relative to the centre, ratio and parameters. */
export interface EllipseEntity extends Base, Extrusion {
  kind: 'ELLIPSE';
  cx: number;
  cy: number;
  cz: number;
  mx: number;
  my: number;
  mz: number;
  ratio: number;
  t0: number;
  t1: number;
}

/**
 * LWPOLYLINE or POLYLINE (2D in OCS, 3D in WCS), converted to primitives while it is read (its
 * vertices are not kept): segments and bulge arcs projected onto WCS XY.
 */
export interface PolylineEntity extends Base {
  kind: 'LWPOLYLINE' | 'POLYLINE';
  closed: boolean;
  /** Polyface or polygon mesh: counted, not cut. */
  mesh: boolean;
  /** Number of vertices read (spline frame control points excluded). */
  vertices: number;
  /** True when every vertex x and y, the elevation and the extrusion are finite. */
  finite: boolean;
  /** Packed primitives (`prim-data.ts`); empty for a mesh, no vertices or non-finite numbers. */
  pd: Float64Array;
  /** Non-finite bulges taken as 0. */
  badBulges: number;
}

/** SPLINE in WCS. */
export interface SplineEntity extends Base {
  kind: 'SPLINE';
  degree: number;
  closed: boolean;
  knots: Float64Array;
  weights: Float64Array;
  /** Control points' x and y (their z is only checked for finiteness: the spline is projected onto XY). */
  xs: Float64Array;
  ys: Float64Array;
  /** Fit points, x/y/z interleaved; only kept when there is no control point (only used then). */
  fit: Float64Array;
  /** True when every number read (control point x/y/z, fit points, knots, weights) is finite. */
  finite: boolean;
  /** Start and end tangents [x, y, z] when given. */
  startTangent: [number, number, number] | null;
  endTangent: [number, number, number] | null;
}

/** INSERT (also MINSERT when rows/columns exceed 1). */
export interface InsertEntity extends Base, Extrusion {
  kind: 'INSERT';
  name: string;
  x: number;
  y: number;
  z: number;
  sx: number;
  sy: number;
  rotation: number;
  cols: number;
  rows: number;
  colSpacing: number;
  rowSpacing: number;
}

/** Anything that is not cut geometry (TEXT, HATCH, DIMENSION, ...). */
export interface OtherEntity extends Base {
  kind: 'OTHER';
  type: string;
}

/** An entity as read from the file. */
export type DxfEntity =
  LineEntity | ArcEntity | EllipseEntity | PolylineEntity | SplineEntity | InsertEntity | OtherEntity;

/** A block definition. */
export interface BlockDef {
  name: string;
  bx: number;
  by: number;
  entities: DxfEntity[];
}

/** Returns the DXF type name of an entity. */
export function entityType(e: DxfEntity): string {
  return e.kind === 'OTHER' ? e.type : e.kind;
}
