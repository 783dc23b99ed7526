import type { Principal, Result } from '@kerf/service-kit';
import { isUniqueViolation, story } from '@kerf/service-kit';
import type { PartRecord, Units } from '../ports/records.ts';
import type { Owner } from './access.ts';
import { ownerOf } from './access.ts';
import type { PartsDeps } from './deps.ts';
import type { PartsFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/** What a new part is made of: a stored blob and what the upload said about it. */
export interface NewPartInput {
  readonly upload_id: string;
  readonly blob_key: string;
  readonly sha256: string;
  readonly original_name: string;
  readonly size_bytes: number;
  readonly units_choice?: Units | null;
  readonly company_id?: string;
  readonly owner_id?: string;
}

/** The part, and whether this call created it (false: the upload had already created it). */
export interface CreatedPart {
  readonly part: PartRecord;
  readonly created: boolean;
}

/**
 * Creates a part from a stored blob and queues its processing, part, job and `part.created` event in
 * one transaction. Idempotent per company and upload id: a retry returns the existing part.
 */
export function createPart(deps: PartsDeps) {
  const { store, blobs } = deps;
  return story<{ actor: Principal; fields: NewPartInput }>('createPart')
    .step('owner', ({ input }) => ownerOf(input.actor, input.fields))
    .step('earlier', async ({ input, owner }) =>
      sameUpload(await store.read.parts.findByUpload(owner.company, input.fields.upload_id), input.fields),
    )
    .step('blob', async ({ input, earlier }) => {
      if (earlier) return success(null);
      const size = await blobs.size({ key: input.fields.blob_key, sha256: input.fields.sha256 });
      if (size === null)
        return refuse(
          'unprocessable',
          'blob-missing',
          'There is no stored file with this key.',
          'body.blob_key',
        );
      if (size !== input.fields.size_bytes)
        return refuse(
          'unprocessable',
          'size-mismatch',
          `The stored file has ${size} bytes.`,
          'body.size_bytes',
        );
      return success(null);
    })
    .step('saved', async ({ input, owner, earlier }) =>
      earlier ? success(earlier) : insertPart(deps, input.fields, owner),
    )
    .returns(({ saved }) => saved);
}

/** The earlier part of the same upload, refused when it was deleted or made of another file. */
function sameUpload(
  found: { part: PartRecord; deleted: boolean } | null,
  fields: NewPartInput,
): Result<CreatedPart | null, PartsFailure> {
  if (!found) return success(null);
  if (found.deleted) return refuse('gone', 'part-deleted', 'The part of this upload was deleted.');
  const { part } = found;
  if (
    part.blob_key !== fields.blob_key ||
    part.sha256 !== fields.sha256 ||
    part.size_bytes !== fields.size_bytes
  )
    return refuse(
      'conflict',
      'upload-reused',
      'This upload id already created a part from another file.',
      'body.upload_id',
    );
  return success({ part, created: false });
}

async function insertPart(
  deps: PartsDeps,
  fields: NewPartInput,
  owner: Owner,
): Promise<Result<CreatedPart, PartsFailure>> {
  const at = deps.clock();
  const part: PartRecord = {
    id: deps.newId(),
    company_id: owner.company,
    owner_id: owner.user,
    upload_id: fields.upload_id,
    blob_key: fields.blob_key,
    original_name: fields.original_name,
    size_bytes: fields.size_bytes,
    sha256: fields.sha256,
    units_choice: fields.units_choice ?? null,
    status: 'queued',
    progress: 0,
    revision: 1,
    geometry: null,
    problems: [],
    preview: null,
    error: null,
    created_at: at.toISOString(),
    updated_at: at.toISOString(),
    processed_at: null,
  };
  try {
    await deps.store.transact(async (tx) => {
      await tx.parts.insert(part);
      await tx.jobs.enqueue(part.id, part.revision, at.getTime());
      await tx.outbox.append({ type: 'part.created', part, at });
      return success(part);
    });
  } catch (error) {
    // Two creates of one upload raced: the other one won; answer with its part.
    if (!isUniqueViolation(error)) throw error;
    const raced = sameUpload(
      await deps.store.read.parts.findByUpload(owner.company, fields.upload_id),
      fields,
    );
    if (!raced.ok) return raced;
    if (!raced.data) throw error;
    return success(raced.data);
  }
  deps.onQueued();
  return success({ part, created: true });
}
