import type { PartPreview, PreviewPath } from '../../ports/part-source.ts';
import { colours } from './layout.ts';

/** A point in the part's mm (y up). */
type Point = readonly [number, number];

/** One sub-path of a preview path: its points and whether it closes. */
export interface Polyline {
  readonly points: readonly Point[];
  readonly closed: boolean;
}

const token = /\s*(?:([MLZ])|(-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?))\s*,?/y;

/**
 * The polylines of SVG path data as the parts contract writes it: absolute `M`, `L` and `Z` commands
 * only. Anything else (another command, a stray character, a non-finite number) makes the whole path
 * unreadable: null, and it is not drawn.
 */
export function parsePreviewPath(d: string): Polyline[] | null {
  const lines: { points: Point[]; closed: boolean }[] = [];
  let command: 'M' | 'L' | null = null;
  const numbers: number[] = [];
  token.lastIndex = 0;
  while (token.lastIndex < d.length) {
    const at = token.lastIndex;
    const match = token.exec(d);
    if (!match || token.lastIndex === at) return d.slice(at).trim() === '' ? finish() : null;
    const [, letter, number] = match;
    if (letter === 'Z') {
      if (numbers.length > 0 || lines.length === 0) return null;
      lines[lines.length - 1]!.closed = true;
      command = null;
    } else if (letter === 'M' || letter === 'L') {
      if (numbers.length > 0 || (letter === 'L' && lines.length === 0)) return null;
      command = letter;
      if (letter === 'M') lines.push({ points: [], closed: false });
    } else {
      const value = Number(number);
      if (command === null || !Number.isFinite(value)) return null;
      numbers.push(value);
      if (numbers.length === 2) {
        lines[lines.length - 1]!.points.push([numbers[0]!, numbers[1]!]);
        numbers.length = 0;
        command = 'L'; // further pairs after M are line-tos, as in SVG
      }
    }
  }
  return finish();

  function finish(): Polyline[] | null {
    return numbers.length === 0 ? lines.filter((line) => line.points.length > 0) : null;
  }
}

/** The drawing's extent: the preview's box, or the points' own when it has none. */
function extentOf(
  preview: PartPreview,
  lines: readonly Polyline[],
): readonly [number, number, number, number] | null {
  if (preview.bbox) return preview.bbox;
  let extent: [number, number, number, number] | null = null;
  for (const [x, y] of lines.flatMap((line) => line.points)) {
    extent = extent
      ? [Math.min(extent[0], x), Math.min(extent[1], y), Math.max(extent[2], x), Math.max(extent[3], y)]
      : [x, y, x, y];
  }
  return extent;
}

const strokeOf: Readonly<Record<PreviewPath['kind'], { colour: string; width: number }>> = {
  outer: { colour: colours.outer, width: 0.7 },
  hole: { colour: colours.hole, width: 0.5 },
  open: { colour: colours.warning, width: 0.9 },
};

/**
 * Draws a part's preview fitted into the square at (x, y) of side `size`, centred, y flipped (the
 * drawing is y up, the page y down), aspect kept. Outlines black, holes grey, open contours in the
 * warning colour. A missing or unreadable preview draws a labelled empty frame.
 */
export function drawPartPreview(
  doc: PDFKit.PDFDocument,
  preview: PartPreview | null,
  box: { readonly x: number; readonly y: number; readonly size: number },
): void {
  const paths = (preview?.paths ?? []).flatMap((path) => {
    const lines = parsePreviewPath(path.d);
    return lines ? [{ kind: path.kind, lines }] : [];
  });
  const extent =
    preview &&
    extentOf(
      preview,
      paths.flatMap((path) => path.lines),
    );
  doc.save().lineWidth(0.4).strokeColor(colours.previewFrame).rect(box.x, box.y, box.size, box.size).stroke();
  if (!extent || paths.length === 0) {
    doc
      .fillColor(colours.muted)
      .fontSize(6)
      .text('no preview', box.x, box.y + box.size / 2 - 3, { width: box.size, height: 8, align: 'center' });
    doc.restore();
    return;
  }
  const padding = 3;
  const inner = box.size - 2 * padding;
  const width = extent[2] - extent[0];
  const height = extent[3] - extent[1];
  const scale = inner / Math.max(width, height, 1e-9);
  const left = box.x + padding + (inner - width * scale) / 2;
  const top = box.y + padding + (inner - height * scale) / 2;
  const at = ([px, py]: Point): Point => [left + (px - extent[0]) * scale, top + (extent[3] - py) * scale];
  for (const kind of ['outer', 'hole', 'open'] as const) {
    const lines = paths.filter((path) => path.kind === kind).flatMap((path) => path.lines);
    if (lines.length === 0) continue;
    for (const line of lines) {
      line.points.forEach((point, index) => {
        const [px, py] = at(point);
        if (index === 0) doc.moveTo(px, py);
        else doc.lineTo(px, py);
      });
      if (line.closed) doc.closePath();
    }
    doc.lineWidth(strokeOf[kind].width).lineJoin('round').strokeColor(strokeOf[kind].colour).stroke();
  }
  if (preview.truncated) {
    doc
      .fillColor(colours.muted)
      .fontSize(5.5)
      .text('partial', box.x, box.y + box.size + 1, { width: box.size, height: 7, align: 'center' });
  }
  doc.restore();
}
