/** A plate drawn as DXF text: a W x H rectangle with round holes, in mm unless told otherwise. */
export interface PlateSpec {
  readonly width: number;
  readonly height: number;
  /** Hole centres and diameters. */
  readonly holes: readonly { x: number; y: number; d: number }[];
  /** `$INSUNITS`: 4 = mm, 1 = inch, null = no header (units unknown). */
  readonly insunits?: number | null;
}

const pair = (code: number, value: string | number) => `${code}\n${value}\n`;

/** A LINE entity on layer 0. */
export function dxfLine(x1: number, y1: number, x2: number, y2: number): string {
  return pair(0, 'LINE') + pair(8, '0') + pair(10, x1) + pair(20, y1) + pair(11, x2) + pair(21, y2);
}

/** A CIRCLE entity on layer 0. */
export function dxfCircle(x: number, y: number, r: number): string {
  return pair(0, 'CIRCLE') + pair(8, '0') + pair(10, x) + pair(20, y) + pair(40, r);
}

/** A rectangle as four LINEs from its lower-left corner, counter-clockwise. */
export function dxfRectangle(x: number, y: number, w: number, h: number): string {
  return (
    dxfLine(x, y, x + w, y) +
    dxfLine(x + w, y, x + w, y + h) +
    dxfLine(x + w, y + h, x, y + h) +
    dxfLine(x, y + h, x, y)
  );
}

/** An ASCII DXF (R12 style) of these entities; `$INSUNITS` 4 (mm) unless told otherwise (null: no header, units unknown). */
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

/** An ASCII DXF of a rectangular plate with holes (lines and circles, R12 style). */
export function plateDxf(spec: PlateSpec): string {
  const holes = spec.holes.map((hole) => dxfCircle(hole.x, hole.y, hole.d / 2)).join('');
  return dxfDocument(dxfRectangle(0, 0, spec.width, spec.height) + holes, spec.insunits);
}

/** A plate with `count` holes on a grid: a drawing whose analysis takes longer as `count` grows. */
export function perforatedPlateDxf(count: number, insunits: number | null = 4): string {
  const side = Math.ceil(Math.sqrt(count));
  const holes = Array.from({ length: count }, (_, i) => ({
    x: 10 + (i % side) * 10,
    y: 10 + Math.floor(i / side) * 10,
    d: 4,
  }));
  return plateDxf({ width: side * 10 + 10, height: side * 10 + 10, holes, insunits });
}

/** UTF-8 bytes of a text. */
export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
