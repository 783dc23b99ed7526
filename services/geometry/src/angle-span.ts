/** Python's math.isclose with the default relative tolerance and an absolute one. */
function isClose(a: number, b: number, absTol: number): boolean {
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), absTol);
}

/** Python's floored modulo. */
function pyMod(a: number, m: number): number {
  const r = a % m;
  return r !== 0 && r < 0 !== m < 0 ? r + m : r;
}

function span(start: number, end: number, full: number, absTol: number): number {
  if (isClose(start, end, absTol)) return 0;
  start = pyMod(start, full);
  if (isClose(start, pyMod(end, full), absTol)) return full;
  if (!isClose(end, full, absTol)) end = pyMod(end, full);
  if (end < start) end += full;
  return end - start;
}

/** Counter-clockwise span from `start` to `end` in degrees, as ezdxf's arc_angle_span_deg. */
export function arcAngleSpanDeg(start: number, end: number): number {
  return span(start, end, 360, 1e-13);
}

/** Counter-clockwise span from `start` to `end` in radians, as ezdxf's arc_angle_span_rad. */
export function arcAngleSpanRad(start: number, end: number): number {
  return span(start, end, 2 * Math.PI, 1e-15);
}
