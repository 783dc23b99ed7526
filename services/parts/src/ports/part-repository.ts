import type { OrderTerm as KitOrderTerm } from '@kerf/service-kit';
import type { PartError, PartProgress, PartRecord, PartStatus, ProcessingResult, Units } from './records.ts';

/** Which companies' parts a caller may see: one company, or every company when null. */
export interface Visibility {
  readonly company: string | null;
}

/** Fields a list may be ordered by. */
export type PartField = 'created_at' | 'updated_at' | 'original_name' | 'size_bytes' | 'status' | 'progress';

/** One ordering term: a field, ascending unless `descending`. */
export type OrderTerm = KitOrderTerm<PartField>;

/** Filters, ordering and paging of a list; filters combine with AND. */
export interface PartQuery {
  readonly visibility: Visibility;
  readonly status: PartStatus | null;
  readonly ids: readonly string[] | null;
  readonly company: string | null;
  readonly ordering: readonly OrderTerm[];
  readonly limit: number;
  readonly offset: number;
  /** Leave `preview` out (null) to keep list answers small. */
  readonly withPreview: boolean;
}

/** Identifies one processing run of a part; writes for another run change nothing. */
export interface RunKey {
  readonly id: string;
  readonly revision: number;
  readonly sha256: string;
}

/**
 * Parts, bound to one connection or transaction. Deleted parts are invisible to every read except
 * {@link PartRepository.findByUpload}. Writes about a run return the part after the change, or null
 * when nothing changed (another run, a finished run, a deleted part): that is what makes duplicate
 * executions harmless.
 */
export interface PartRepository {
  /** Adds a new part. */
  insert(part: PartRecord): Promise<void>;
  /** A visible, not deleted part, or null. */
  findById(id: string, visibility: Visibility): Promise<PartRecord | null>;
  /** The part a company's upload created, deleted or not (`deleted` tells). */
  findByUpload(company: string, uploadId: string): Promise<{ part: PartRecord; deleted: boolean } | null>;
  /** A page of parts and the number matching the filters. */
  list(query: PartQuery): Promise<{ count: number; items: PartRecord[] }>;
  /** Progress rows of the visible parts among `ids`, in the order of `ids`. */
  progress(ids: readonly string[], visibility: Visibility): Promise<PartProgress[]>;
  /** Marks a part deleted. */
  markDeleted(id: string, at: Date): Promise<void>;
  /** Starts a new run: status queued, progress 0, no result, `units_choice` set. */
  requeue(id: string, revision: number, unitsChoice: Units | null, at: Date): Promise<PartRecord | null>;
  /** queued -> processing for this run. */
  startProcessing(run: RunKey, at: Date): Promise<PartRecord | null>;
  /** Raises the progress of a processing run; never lowers it. */
  raiseProgress(run: RunKey, progress: number, at: Date): Promise<PartRecord | null>;
  /** Writes the result of a run that is not finished yet: status ready, progress 1. */
  recordReady(run: RunKey, result: ProcessingResult, at: Date): Promise<PartRecord | null>;
  /** Ends a run that is not finished yet as failed. */
  recordFailure(run: RunKey, error: PartError, at: Date): Promise<PartRecord | null>;
}
