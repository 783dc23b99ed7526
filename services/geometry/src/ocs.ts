import type { Affine } from './primitives.ts';

/** OCS axes of an extrusion vector by the DXF arbitrary axis algorithm. */
export interface OcsAxes {
  ax: [number, number, number];
  ay: [number, number, number];
  az: [number, number, number];
}

function cross(a: readonly number[], b: readonly number[]): [number, number, number] {
  const [a0 = 0, a1 = 0, a2 = 0] = a;
  const [b0 = 0, b1 = 0, b2 = 0] = b;
  return [a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0];
}

function unit(v: [number, number, number]): [number, number, number] {
  const l = Math.hypot(v[0], v[1], v[2]);
  return l > 0 ? [v[0] / l, v[1] / l, v[2] / l] : [0, 0, 1];
}

/** Returns the OCS axes for an extrusion (a zero or non-finite vector means +Z). */
export function ocsAxes(ex: number, ey: number, ez: number): OcsAxes {
  let az: [number, number, number] = [ex, ey, ez];
  if (!az.every(Number.isFinite) || Math.hypot(ex, ey, ez) === 0) az = [0, 0, 1];
  az = unit(az);
  const ax =
    Math.abs(az[0]) < 1 / 64 && Math.abs(az[1]) < 1 / 64
      ? unit(cross([0, 1, 0], az))
      : unit(cross([0, 0, 1], az));
  const ay = unit(cross(az, ax));
  return { ax, ay, az };
}

/** True when the extrusion is the default +Z. */
export function isDefaultExtrusion(ex: number, ey: number, ez: number): boolean {
  return ex === 0 && ey === 0 && ez > 0;
}

/** Affine map from OCS (x, y) at OCS height `z` to WCS, projected onto XY. */
export function ocsToWcsXY(ex: number, ey: number, ez: number, z: number): Affine {
  if (isDefaultExtrusion(ex, ey, ez)) return { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const { ax, ay, az } = ocsAxes(ex, ey, ez);
  return { a: ax[0], b: ay[0], c: ax[1], d: ay[1], e: z * az[0], f: z * az[1] };
}

/** Cross product of two 3D vectors (exported for ellipse minor axes). */
export function cross3(a: [number, number, number], b: [number, number, number]): [number, number, number] {
  return cross(a, b);
}
