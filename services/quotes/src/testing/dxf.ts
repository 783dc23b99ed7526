import { workedPlate } from './worked-check.ts';

const pair = (code: number, value: string | number) => `${code}\n${value}\n`;

/** A LINE entity. */
export function dxfLine(x1: number, y1: number, x2: number, y2: number): string {
  return pair(0, 'LINE') + pair(8, '0') + pair(10, x1) + pair(20, y1) + pair(11, x2) + pair(21, y2);
}

/** A CIRCLE entity. */
export function dxfCircle(x: number, y: number, r: number): string {
  return pair(0, 'CIRCLE') + pair(8, '0') + pair(10, x) + pair(20, y) + pair(40, r);
}

/** A rectangle as four LINEs from its lower-left corner. */
export function dxfRectangle(x: number, y: number, w: number, h: number): string {
  return (
    dxfLine(x, y, x + w, y) +
    dxfLine(x + w, y, x + w, y + h) +
    dxfLine(x + w, y + h, x, y + h) +
    dxfLine(x, y + h, x, y)
  );
}

/** An ASCII DXF of these entities; `$INSUNITS` 4 (mm) unless told otherwise (null: no header, units unknown). */
export function dxfDocument(entities: string, insunits: number | null = 4): string {
  const header =
    insunits === null
      ? ''
      : pair(0, 'SECTION') +
        pair(2, 'HEADER') +
        pair(9, '$INSUNITS') +
        pair(70, insunits) +
        pair(0, 'ENDSEC');
  return header + pair(0, 'SECTION') + pair(2, 'ENTITIES') + entities + pair(0, 'ENDSEC') + pair(0, 'EOF');
}

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
