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

/** How many vertices a path's data holds (each M or L command is one). */
export function vertexCount(d: string): number {
  let count = 0;
  for (let i = 0; i < d.length; i += 1) {
    const c = d.charCodeAt(i);
    if (c === 77 || c === 76 || c === 109 || c === 108) count += 1; // M L m l
  }
  return count;
}

/** Keeps every `step`-th vertex of each subpath (its first and last always, and its closing Z). */
function thin(d: string, step: number): string {
  const out: string[] = [];
  for (const sub of d.match(/[Mm][^Mm]*/g) ?? []) {
    const closed = /[Zz]\s*$/.test(sub);
    const commands = sub.replace(/[Zz]\s*$/, '').match(/[MLml][^MLml]*/g) ?? [];
    const kept = commands.filter((_, i) => i === 0 || i === commands.length - 1 || i % step === 0);
    out.push(kept.join('') + (closed ? 'Z' : ''));
  }
  return out.join('');
}

/**
 * Paths cheap enough for a thumbnail: at most about `budget` vertices in all. Holes go first (they
 * barely show at thumbnail size), then every k-th vertex is kept. Open contours always stay.
 */
export function thumbnailPaths(paths: readonly PreviewPath[], budget = 600): PreviewPath[] {
  const total = (list: readonly PreviewPath[]) => list.reduce((sum, path) => sum + vertexCount(path.d), 0);
  if (total(paths) <= budget) return [...paths];
  const withoutHoles = paths.filter((path) => path.kind !== 'hole');
  const count = total(withoutHoles);
  if (count <= budget) return withoutHoles;
  const subpaths = withoutHoles.reduce((sum, path) => sum + (path.d.match(/[Mm]/g)?.length ?? 0), 0);
  const step = Math.ceil(count / Math.max(1, budget - 2 * subpaths));
  return withoutHoles.map((path) => ({ kind: path.kind, d: thin(path.d, step) }));
}
