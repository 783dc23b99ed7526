import type { FeedEvent } from '../events/feed-follower.ts';
import type { PartChange, UploadRegistry } from '../ports/upload-registry.ts';

const statuses = new Set(['queued', 'processing', 'ready', 'failed']);

/** Moves an upload's row along when its part's processing changes (parts feed events). */
export async function applyPartEvent(registry: UploadRegistry, event: FeedEvent): Promise<void> {
  const { upload_id: uploadId, status, progress, error } = event.payload as Record<string, unknown>;
  if (typeof uploadId !== 'string' || typeof status !== 'string' || !statuses.has(status)) return;
  const change: PartChange = {
    status: status as PartChange['status'],
    progress: typeof progress === 'number' ? progress : 0,
    error: error && typeof error === 'object' ? (error as PartChange['error']) : null,
  };
  await registry.applyPartChange(uploadId, change);
}
