import type { UploadRecord, WorkspaceLine } from '@kerf/state';

/** What the workspace's rows add up to as a quote to be. */
export interface WorkspaceSummary {
  /** Rows that will become lines: processed, with a material. */
  lines: number;
  /** Of those, priced ones, and those whose price is blocked by a problem. */
  priced: number;
  blocked: number;
  /** Prices still on their way (or that failed): the total may change. */
  pending: number;
  /** The sum of the priced lines' totals. */
  totalCents: number;
}

/**
 * Adds up the workspace's lines. Only rows with a chosen option have a line, so this walks the
 * chosen rows, not every upload.
 */
export function workspaceSummary(
  lines: Readonly<Record<string, WorkspaceLine>>,
  uploads: Readonly<Record<string, UploadRecord>>,
): WorkspaceSummary {
  const summary: WorkspaceSummary = { lines: 0, priced: 0, blocked: 0, pending: 0, totalCents: 0 };
  for (const [rowId, line] of Object.entries(lines)) {
    if (line.materialId === null || uploads[rowId]?.status !== 'ready') continue;
    if (line.price.status === 'waiting') continue;
    summary.lines += 1;
    const preview = line.price.status === 'ready' ? line.price.preview : null;
    if (!preview) summary.pending += 1;
    else if (preview.status === 'blocked') summary.blocked += 1;
    else {
      summary.priced += 1;
      summary.totalCents += preview.total_cents ?? 0;
    }
  }
  return summary;
}
