import { dxfCircle, dxfDocument, dxfLine, dxfRectangle } from '@kerf/parts/testing';
import { workedPlate } from './worked-check.ts';

export { dxfDocument, dxfRectangle } from '@kerf/parts/testing';

/**
 * QUOTING.md's worked-check plate as a drawing: 200 x 100 mm, four 10 mm holes 10 mm in from the
 * corners, a 50 x 30 mm cut-out in the middle. `twice` draws every entity two times (a drawing with
 * duplicate lines, which must price the same).
 */
export function workedPlateDxf(options: { twice?: boolean; insunits?: number | null } = {}): string {
  const { width, height, holes, cutout } = workedPlate;
  const entities =
    dxfRectangle(0, 0, width, height) +
    holes.map((hole) => dxfCircle(hole.x, hole.y, hole.d / 2)).join('') +
    dxfRectangle(cutout.x, cutout.y, cutout.width, cutout.height);
  return dxfDocument(
    options.twice ? entities + entities : entities,
    options.insunits === undefined ? 4 : options.insunits,
  );
}

/** An open contour (three sides of a square): the part is ready but cannot be cut as drawn. */
export function openContourDxf(): string {
  return dxfDocument(dxfLine(0, 0, 50, 0) + dxfLine(50, 0, 50, 50) + dxfLine(50, 50, 0, 50));
}
