import type { components } from '@kerf/openapi/quotes';
import type { LeadTime, PartFacts } from '../pricing/types.ts';

type Schemas = components['schemas'];

/** The statuses a quote is stored with; `expired` is derived from a sent quote's validity date. */
export type StoredStatus = 'draft' | 'sent' | 'accepted';
/** What callers see: the stored status, or `expired` for a sent quote past its validity. */
export type QuoteStatus = Schemas['QuoteStatus'];
/** Drawing units a line may read its part in. */
export type Units = Schemas['Units'];
/** A problem shown on a line (`error` blocks pricing). */
export type LineProblem = Schemas['LineProblem'];
/** The material of a line as it was when last priced. */
export type MaterialSnapshot = Schemas['MaterialSnapshot'];
/** Every term of a price, for the shop. */
export type Breakdown = Schemas['Breakdown'];
/** One row of the quantity-break table. */
export type QuantityBreakRow = Schemas['QuantityBreak'];
/** Shares of the terms in the price as customers see them. */
export type PublicShares = Schemas['PublicShares'];
/** The kinds of change the outbox records. */
export type EventType = Schemas['EventType'];
/** One recorded change. */
export type QuoteEvent = Schemas['Event'];
/** What every event says about its quote. */
export type EventPayload = Schemas['EventPayload'];

/** Money and counts over a quote's lines, kept with the quote so lists can order by them. */
export interface QuoteTotals {
  readonly total_cents: number;
  readonly line_count: number;
  readonly blocked_line_count: number;
}

/** What the priced lines cost the shop (internal only). */
export interface QuoteCosts {
  readonly cost_cents: number;
  readonly margin_cents: number;
  readonly machine_time_s: number;
}

/** A stored quote (without its lines). */
export interface QuoteRecord {
  readonly id: string;
  readonly company_id: string;
  readonly name: string;
  readonly status: StoredStatus;
  /** `YYYY-MM-DD`. */
  readonly valid_until: string;
  readonly currency: 'EUR';
  readonly created_by: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly sent_at: string | null;
  readonly accepted_at: string | null;
  readonly totals: QuoteTotals;
  readonly costs: QuoteCosts;
}

/** A part as it was read from the parts service, enough to price it again without asking. */
export interface PartSnapshot {
  readonly id: string;
  readonly company_id: string;
  readonly name: string;
  readonly status: 'queued' | 'processing' | 'ready' | 'failed';
  readonly revision: number;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly problems: readonly LineProblem[];
  /** In the part's own millimetres; null until the part is ready. */
  readonly facts: PartFacts | null;
  /** Millimetres per drawing unit the facts use; null when unknown (drawing units read as mm). */
  readonly mm_per_unit: number | null;
}

/** The outcome of pricing one line: prices, or the problems that block them. */
export interface LinePricing {
  readonly status: 'priced' | 'blocked';
  readonly material: MaterialSnapshot | null;
  readonly unit_price_cents: number | null;
  readonly total_cents: number | null;
  readonly quantity_breaks: readonly QuantityBreakRow[];
  readonly shares: PublicShares | null;
  readonly problems: readonly LineProblem[];
  readonly breakdown: Breakdown | null;
  /** Machine + material + setup, cents (0 when blocked). */
  readonly cost_cents: number;
  readonly margin_cents: number;
  readonly machine_time_s: number;
  readonly priced_at: string;
}

/** What a line asks for. */
export interface LineSpec {
  readonly part_id: string;
  readonly material_id: string;
  readonly quantity: number;
  readonly lead_time: LeadTime;
  readonly units: Units | null;
}

/** A stored line. */
export interface LineRecord extends LineSpec {
  readonly id: string;
  readonly quote_id: string;
  readonly position: number;
  readonly part_name: string;
  /** The part as last read (null when it could not be found). */
  readonly part: PartSnapshot | null;
  readonly pricing: LinePricing;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A quote with its lines in position order. */
export interface QuoteWithLines {
  readonly quote: QuoteRecord;
  readonly lines: readonly LineRecord[];
}
