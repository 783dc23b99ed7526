import type { PointMm, RapidSource } from './types.ts';

/**
 * The rapid traverse distance between contour starts, visited in nearest-neighbour order: from the
 * start nearest the lower-left corner of all starts, always on to the nearest start not yet visited
 * (ties go to the earlier start in the list). No lead-in from or return to a machine origin: QUOTING.md
 * counts only the moves between contours. O(n²), fine for the contour counts a part has.
 */
export function rapidDistance(source: RapidSource): number {
  if ('distanceMm' in source) return source.distanceMm;
  return nearestNeighbourTour(source.contourStartsMm);
}

/** Length of the nearest-neighbour tour through `points` (see {@link rapidDistance}). */
export function nearestNeighbourTour(points: readonly PointMm[]): number {
  if (points.length < 2) return 0;
  const minX = Math.min(...points.map((p) => p[0]));
  const minY = Math.min(...points.map((p) => p[1]));
  const visited = new Uint8Array(points.length);
  let current = closestTo(points, visited, [minX, minY]);
  visited[current] = 1;
  let total = 0;
  for (let step = 1; step < points.length; step += 1) {
    const next = closestTo(points, visited, points[current]!);
    total += distance(points[current]!, points[next]!);
    visited[next] = 1;
    current = next;
  }
  return total;
}

function closestTo(points: readonly PointMm[], visited: Uint8Array, from: PointMm): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    if (visited[i]) continue;
    const d = distance(from, points[i]!);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: PointMm, b: PointMm): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}
