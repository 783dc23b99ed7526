import type { OutboxTable } from '@kerf/service-kit';

/** A `parts` row: JSON is text, times are ISO strings, `deleted_at` marks a deleted part. */
export interface PartRow {
  id: string;
  company_id: string;
  owner_id: string;
  upload_id: string;
  blob_key: string;
  original_name: string;
  size_bytes: number;
  sha256: string;
  units_choice: string | null;
  status: string;
  progress: number;
  revision: number;
  geometry: string | null;
  problems: string;
  preview: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
  processed_at: string | null;
  deleted_at: string | null;
}

/** A `jobs` row: one per part; times are epoch milliseconds. */
export interface JobTableRow {
  part_id: string;
  revision: number;
  state: string;
  attempts: number;
  available_at: number;
  owner: string | null;
  token: string | null;
  leased_until: number | null;
  last_error: string | null;
  updated_at: number;
}

/** The parts service's tables as Kysely sees them. */
export interface PartsDatabase {
  parts: PartRow;
  jobs: JobTableRow;
  outbox: OutboxTable;
}
