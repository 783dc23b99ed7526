/** A contour of a part preview: its kind and SVG path data in mm, y up. */
export interface PreviewPath {
  kind: 'outer' | 'hole' | 'open';
  d: string;
}

/**
 * Path data as the geometry engine writes it: M, L and Z commands with numbers. Anything else is
 * dropped, so that nothing a file contains ever reaches the page as markup or script.
 */
const SAFE_PATH = /^[MLZmlz0-9eE.,+\-\s]*$/;

/** The paths whose data is safe to draw. */
export function safePaths(paths: readonly PreviewPath[]): PreviewPath[] {
  return paths.filter(
    (path) =>
      (path.kind === 'outer' || path.kind === 'hole' || path.kind === 'open') && SAFE_PATH.test(path.d),
  );
}

/** A viewBox around `[xmin, ymin, xmax, ymax]` (y up, drawn flipped) with a margin, or null for no box. */
export function viewBoxOf(bbox: readonly number[] | null, margin = 0.04): string | null {
  if (!bbox || bbox.length !== 4 || !bbox.every(Number.isFinite)) return null;
  const [x0, y0, x1, y1] = bbox as [number, number, number, number];
  const width = Math.max(x1 - x0, 1e-6);
  const height = Math.max(y1 - y0, 1e-6);
  const pad = Math.max(width, height) * margin;
  return `${x0 - pad} ${-y1 - pad} ${width + 2 * pad} ${height + 2 * pad}`;
}
