/** Tests of one edge of a polygon (x, y interleaved, nv vertices, edge i from vertex i to the next, the last closing it). */

/** True when the horizontal ray from (x, y) to +x crosses polygon edge i (even-odd rule). */
export function crosses(p: Float64Array, nv: number, i: number, x: number, y: number): boolean {
  const j = i + 1 === nv ? 0 : i + 1;
  const xi = p[2 * i] as number;
  const yi = p[2 * i + 1] as number;
  const xj = p[2 * j] as number;
  const yj = p[2 * j + 1] as number;
  return yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
}

/** True when the bounding box of polygon edge i lies wholly left, right, below or above the box (false for NaN). */
export function edgeClear(
  p: Float64Array,
  nv: number,
  i: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  const j = i + 1 === nv ? 0 : i + 1;
  const xi = p[2 * i] as number;
  const yi = p[2 * i + 1] as number;
  const xj = p[2 * j] as number;
  const yj = p[2 * j + 1] as number;
  return (xi < x0 && xj < x0) || (xi > x1 && xj > x1) || (yi < y0 && yj < y0) || (yi > y1 && yj > y1);
}
