import type { OutboxTable } from '@kerf/service-kit';
import type { Generated } from 'kysely';

/** The quotes service's tables as Kysely sees them (JSON is text, times are ISO strings). */
export interface QuotesDatabase {
  quotes: {
    id: string;
    company_id: string;
    name: string;
    status: string;
    valid_until: string;
    currency: string;
    created_by: string;
    created_at: string;
    updated_at: string;
    sent_at: string | null;
    accepted_at: string | null;
    total_cents: number;
    line_count: number;
    blocked_line_count: number;
    cost_cents: number;
    margin_cents: number;
    machine_time_s: number;
  };
  quote_lines: {
    id: string;
    quote_id: string;
    position: number;
    part_id: string;
    part_name: string;
    material_id: string;
    /** The material's quality when last priced, so that a cutting-table change finds its lines. */
    material_quality: string | null;
    quantity: number;
    lead_time: string;
    units: string | null;
    status: string;
    total_cents: number | null;
    cost_cents: number;
    margin_cents: number;
    machine_time_s: number;
    part_json: string | null;
    pricing_json: string;
    created_at: string;
    updated_at: string;
  };
  outbox: OutboxTable;
  feed_cursors: { source: string; cursor: number };
  pending_releases: {
    id: Generated<number>;
    material_id: string;
    reference: string;
    attempts: number;
    available_at: number;
  };
}
