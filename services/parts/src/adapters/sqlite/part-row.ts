import type {
  Geometry,
  PartError,
  PartErrorCode,
  PartProblem,
  PartRecord,
  PartStatus,
  Preview,
  Units,
} from '../../ports/records.ts';
import type { PartRow } from './schema.ts';

/** A stored row as the record the stories use; `preview` stays null when it was not selected. */
export function partFromRow(row: Omit<PartRow, 'preview'> & { preview?: string | null }): PartRecord {
  return {
    id: row.id,
    company_id: row.company_id,
    owner_id: row.owner_id,
    upload_id: row.upload_id,
    blob_key: row.blob_key,
    original_name: row.original_name,
    size_bytes: Number(row.size_bytes),
    sha256: row.sha256,
    units_choice: row.units_choice as Units | null,
    status: row.status as PartStatus,
    progress: row.progress,
    revision: row.revision,
    geometry: row.geometry === null ? null : (JSON.parse(row.geometry) as Geometry),
    problems: JSON.parse(row.problems) as PartProblem[],
    preview: row.preview ? (JSON.parse(row.preview) as Preview) : null,
    error: errorOf(row.error_code, row.error_message),
    created_at: row.created_at,
    updated_at: row.updated_at,
    processed_at: row.processed_at,
  };
}

/** A record as a row to insert. */
export function rowFromPart(part: PartRecord): PartRow {
  return {
    id: part.id,
    company_id: part.company_id,
    owner_id: part.owner_id,
    upload_id: part.upload_id,
    blob_key: part.blob_key,
    original_name: part.original_name,
    size_bytes: part.size_bytes,
    sha256: part.sha256,
    units_choice: part.units_choice,
    status: part.status,
    progress: part.progress,
    revision: part.revision,
    geometry: part.geometry === null ? null : JSON.stringify(part.geometry),
    problems: JSON.stringify(part.problems),
    preview: part.preview === null ? null : JSON.stringify(part.preview),
    error_code: part.error?.code ?? null,
    error_message: part.error?.message ?? null,
    created_at: part.created_at,
    updated_at: part.updated_at,
    processed_at: part.processed_at,
    deleted_at: null,
  };
}

/** The error of a row, or null. */
export function errorOf(code: string | null, message: string | null): PartError | null {
  return code === null ? null : { code: code as PartErrorCode, message: message ?? '' };
}
