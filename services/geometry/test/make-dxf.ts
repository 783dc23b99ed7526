/** Builds small ASCII DXF files in code for tests (closed-form parts). */

type Pair = [number, string | number];

/** One entity as group-code pairs, starting with `0 TYPE`. */
export type EntityPairs = Pair[];

/** LINE from (x0, y0) to (x1, y1). */
export function line(x0: number, y0: number, x1: number, y1: number, layer = '0'): EntityPairs {
  return [
    [0, 'LINE'],
    [8, layer],
    [10, x0],
    [20, y0],
    [30, 0],
    [11, x1],
    [21, y1],
    [31, 0],
  ];
}

/** CIRCLE; `extrusionZ` -1 mirrors it in OCS. */
export function circle(cx: number, cy: number, r: number, layer = '0', extrusionZ = 1): EntityPairs {
  return [
    [0, 'CIRCLE'],
    [8, layer],
    [10, cx],
    [20, cy],
    [30, 0],
    [40, r],
    [210, 0],
    [220, 0],
    [230, extrusionZ],
  ];
}

/** ARC counter-clockwise from a0 to a1 degrees. */
export function arc(
  cx: number,
  cy: number,
  r: number,
  a0: number,
  a1: number,
  layer = '0',
  extrusionZ = 1,
): EntityPairs {
  return [
    [0, 'ARC'],
    [8, layer],
    [10, cx],
    [20, cy],
    [30, 0],
    [40, r],
    [210, 0],
    [220, 0],
    [230, extrusionZ],
    [50, a0],
    [51, a1],
  ];
}

/** ELLIPSE with centre, major axis vector, ratio and parameters. */
export function ellipse(
  cx: number,
  cy: number,
  mx: number,
  my: number,
  ratio: number,
  t0 = 0,
  t1 = 2 * Math.PI,
): EntityPairs {
  return [
    [0, 'ELLIPSE'],
    [8, '0'],
    [10, cx],
    [20, cy],
    [30, 0],
    [11, mx],
    [21, my],
    [31, 0],
    [40, ratio],
    [41, t0],
    [42, t1],
  ];
}

/** LWPOLYLINE through points [x, y, bulge?]. */
export function lwpolyline(points: number[][], closed: boolean, layer = '0'): EntityPairs {
  const out: EntityPairs = [
    [0, 'LWPOLYLINE'],
    [8, layer],
    [90, points.length],
    [70, closed ? 1 : 0],
  ];
  for (const [x = 0, y = 0, b = 0] of points) {
    out.push([10, x], [20, y]);
    if (b !== 0) out.push([42, b]);
  }
  return out;
}

/** R12-style POLYLINE with VERTEX entities and SEQEND. */
export function polyline(points: number[][], closed: boolean, layer = '0'): EntityPairs {
  const out: EntityPairs = [
    [0, 'POLYLINE'],
    [8, layer],
    [66, 1],
    [10, 0],
    [20, 0],
    [30, 0],
    [70, closed ? 1 : 0],
  ];
  for (const [x = 0, y = 0, b = 0] of points)
    out.push([0, 'VERTEX'], [8, layer], [10, x], [20, y], [30, 0], [42, b]);
  out.push([0, 'SEQEND']);
  return out;
}

/** SPLINE from control points, knots and optional weights. */
export function spline(
  degree: number,
  ctrl: number[][],
  knots: number[],
  weights: number[] = [],
): EntityPairs {
  const out: EntityPairs = [
    [0, 'SPLINE'],
    [8, '0'],
    [70, 8],
    [71, degree],
    [72, knots.length],
    [73, ctrl.length],
  ];
  for (const k of knots) out.push([40, k]);
  for (const w of weights) out.push([41, w]);
  for (const [x = 0, y = 0] of ctrl) out.push([10, x], [20, y], [30, 0]);
  return out;
}

/** INSERT of a block with position, scales, rotation and optional MINSERT grid. */
export function insert(
  name: string,
  x: number,
  y: number,
  o: {
    sx?: number;
    sy?: number;
    rot?: number;
    cols?: number;
    rows?: number;
    dx?: number;
    dy?: number;
    layer?: string;
  } = {},
): EntityPairs {
  const out: EntityPairs = [
    [0, 'INSERT'],
    [8, o.layer ?? '0'],
    [2, name],
    [10, x],
    [20, y],
    [30, 0],
  ];
  out.push([41, o.sx ?? 1], [42, o.sy ?? 1], [50, o.rot ?? 0]);
  if (o.cols) out.push([70, o.cols], [44, o.dx ?? 0]);
  if (o.rows) out.push([71, o.rows], [45, o.dy ?? 0]);
  return out;
}

/** TEXT entity. */
export function text(s: string, layer = '0'): EntityPairs {
  return [
    [0, 'TEXT'],
    [8, layer],
    [10, 0],
    [20, 0],
    [30, 0],
    [40, 2.5],
    [1, s],
  ];
}

/** A block definition: name, base point and entities. */
export interface BlockSpec {
  name: string;
  base?: [number, number];
  entities: EntityPairs[];
}

/** Serialises a whole DXF (HEADER with $INSUNITS unless null, BLOCKS, ENTITIES, EOF). */
export function makeDxf(
  entities: EntityPairs[],
  o: { insunits?: number | null; blocks?: BlockSpec[]; crlf?: boolean } = {},
): string {
  const pairs: Pair[] = [];
  const insunits = o.insunits === undefined ? 4 : o.insunits;
  if (insunits !== null) {
    pairs.push(
      [0, 'SECTION'],
      [2, 'HEADER'],
      [9, '$ACADVER'],
      [1, 'AC1015'],
      [9, '$INSUNITS'],
      [70, insunits],
      [0, 'ENDSEC'],
    );
  }
  if (o.blocks?.length) {
    pairs.push([0, 'SECTION'], [2, 'BLOCKS']);
    for (const b of o.blocks) {
      pairs.push(
        [0, 'BLOCK'],
        [8, '0'],
        [2, b.name],
        [70, 0],
        [10, b.base?.[0] ?? 0],
        [20, b.base?.[1] ?? 0],
        [30, 0],
      );
      for (const e of b.entities) pairs.push(...e);
      pairs.push([0, 'ENDBLK']);
    }
    pairs.push([0, 'ENDSEC']);
  }
  pairs.push([0, 'SECTION'], [2, 'ENTITIES']);
  for (const e of entities) pairs.push(...e);
  pairs.push([0, 'ENDSEC'], [0, 'EOF']);
  const nl = o.crlf ? '\r\n' : '\n';
  return (
    pairs.map(([c, v]) => `${String(c).padStart(3)}${nl}${typeof v === 'number' ? fmt(v) : v}`).join(nl) + nl
  );
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(17);
}

/** Encodes a DXF string as bytes. */
export function bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
