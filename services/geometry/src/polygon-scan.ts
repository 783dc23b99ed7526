/**
 * Parity of the crossings of the horizontal ray from (x, y) to +x with the consecutive polygon
 * edges from..to-1 (polygon x, y interleaved, nv vertices, edge i from vertex i to the next, the
 * last closing it): true for an odd count. The same test as `crosses` edge by edge, with the same
 * expression in the same order (so the same bits), but each vertex is loaded and compared with y
 * once instead of twice: the end of one edge is the start of the next.
 */
export function rayParity(
  p: Float64Array,
  nv: number,
  from: number,
  to: number,
  x: number,
  y: number,
): boolean {
  let inside = false;
  let xi = p[2 * from] as number;
  let yi = p[2 * from + 1] as number;
  let above = yi > y;
  for (let j = from + 1; j <= to; j++) {
    const o = j === nv ? 0 : 2 * j;
    const xj = p[o] as number;
    const yj = p[o + 1] as number;
    const jAbove = yj > y;
    if (above !== jAbove && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    xi = xj;
    yi = yj;
    above = jAbove;
  }
  return inside;
}

/**
 * True when the bounding box of every polygon edge from..to-1 lies wholly left, right, below or
 * above the box [x0, x1] x [y0, y1] (false for NaN): `edgeClear` edge by edge, with each vertex
 * loaded once.
 */
export function edgesClear(
  p: Float64Array,
  nv: number,
  from: number,
  to: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  let xi = p[2 * from] as number;
  let yi = p[2 * from + 1] as number;
  for (let j = from + 1; j <= to; j++) {
    const o = j === nv ? 0 : 2 * j;
    const xj = p[o] as number;
    const yj = p[o + 1] as number;
    if (!((xi < x0 && xj < x0) || (xi > x1 && xj > x1) || (yi < y0 && yj < y0) || (yi > y1 && yj > y1)))
      return false;
    xi = xj;
    yi = yj;
  }
  return true;
}
