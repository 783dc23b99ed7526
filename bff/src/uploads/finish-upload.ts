import type { PartsGateway } from '../ports/parts-gateway.ts';
import type { UploadRegistry } from '../ports/upload-registry.ts';
import type { UploadStorage } from './upload-storage.ts';

/** What finishing an upload needs. */
export interface FinishDeps {
  registry: UploadRegistry;
  parts: PartsGateway;
  /** Where the upload's bytes are, and where its blob goes. */
  storage: UploadStorage;
}

/** How finishing went: the part exists, it will be retried, or the upload failed for good. */
export type FinishOutcome =
  'part-created' | 'retry-later' | 'checksum-mismatch' | 'failed' | 'unknown-upload';

/**
 * The steps after the last byte: verify the SHA-256 the browser announced, store the blob, ask the parts
 * service for the part. Each step is idempotent, so a crash anywhere is repaired by running it again
 * (the BFF re-scans uploads that have no part on start).
 */
export function finishUpload(deps: FinishDeps) {
  const createPart = async (uploadId: string): Promise<FinishOutcome> => {
    const record = await deps.registry.get(uploadId);
    if (!record) return 'unknown-upload';
    const created = await deps.parts.createPart({
      uploadId,
      blobKey: uploadId,
      sha256: record.sha256,
      name: record.name,
      size: record.size,
      companyId: record.company_id,
      ownerId: record.user_id,
    });
    if (created.ok) {
      await deps.registry.attachPart(uploadId, created.partId);
      return 'part-created';
    }
    if (created.retry) return 'retry-later';
    await deps.registry.setStatus(uploadId, 'failed', {
      code: 'part-refused',
      message: 'The file could not be registered.',
    });
    return 'failed';
  };

  return {
    /** Runs every step for an upload whose bytes are complete. */
    async finish(uploadId: string, size: number): Promise<FinishOutcome> {
      const record = await deps.registry.get(uploadId);
      if (!record) return 'unknown-upload';
      await deps.registry.setOffset(uploadId, size);
      await deps.registry.setStatus(uploadId, 'verifying');
      if ((await deps.storage.sha256(uploadId)) !== record.sha256) {
        await deps.registry.setStatus(uploadId, 'failed', {
          code: 'checksum-mismatch',
          message: 'The file arrived damaged (its SHA-256 does not match). Upload it again.',
        });
        return 'checksum-mismatch';
      }
      await deps.storage.storeBlob(uploadId, record.sha256);
      await deps.registry.setStatus(uploadId, 'processing');
      return createPart(uploadId);
    },
    /** Creates the parts that a crash or an unavailable parts service left out. */
    async resume(): Promise<number> {
      let created = 0;
      for (const record of await deps.registry.awaitingPart()) {
        if ((await createPart(record.upload_id)) === 'part-created') created += 1;
      }
      return created;
    },
  };
}
