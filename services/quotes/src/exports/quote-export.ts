import { factsForLine } from '../domain/line-facts.ts';
import { effectiveStatus } from '../domain/quote-status.ts';
import type { LeadTime } from '../pricing/types.ts';
import type {
  Breakdown,
  LineProblem,
  LineRecord,
  MaterialSnapshot,
  QuantityBreakRow,
  QuoteStatus,
  QuoteWithLines,
  Units,
} from '../ports/records.ts';
import type { View } from '../stories/access.ts';

/** What the shop adds to a line in its own exports (never in a customer's). */
export interface InternalLineTerms {
  /** Machine time of the whole line, seconds. */
  readonly machine_time_s: number;
  /** Every term of the price; null when the line is blocked. */
  readonly amounts_cents: Breakdown['amounts_cents'] | null;
}

/** One line of a quote as exports show it. */
export interface ExportLine {
  /** 1-based, in position order. */
  readonly number: number;
  readonly part_id: string;
  /** The part's file name, as text (never interpreted). */
  readonly part_name: string;
  /** Width and height of the part's bounding box in mm as the line reads it; null without geometry. */
  readonly size_mm: { readonly width: number; readonly height: number } | null;
  readonly material: MaterialSnapshot | null;
  readonly quantity: number;
  readonly lead_time: LeadTime;
  readonly units: Units | null;
  readonly status: 'priced' | 'blocked';
  readonly unit_price_cents: number | null;
  readonly total_cents: number | null;
  readonly quantity_breaks: readonly QuantityBreakRow[];
  /** Problems of severity `error`: why the line has no price. */
  readonly blocking: readonly LineProblem[];
  readonly warnings: readonly LineProblem[];
  /** Null in the external view. */
  readonly internal: InternalLineTerms | null;
}

/** A quote as exports show it: what the caller's view shows, and nothing else. */
export interface ExportQuote {
  readonly view: View;
  readonly id: string;
  readonly name: string;
  readonly company_id: string;
  readonly status: QuoteStatus;
  readonly currency: 'EUR';
  readonly created_at: string;
  readonly updated_at: string;
  readonly valid_until: string;
  readonly sent_at: string | null;
  readonly accepted_at: string | null;
  readonly total_cents: number;
  readonly line_count: number;
  readonly blocked_line_count: number;
  readonly lines: readonly ExportLine[];
}

/**
 * The quote as an export shows it in one view. Built field by field, like the external presenter, so
 * that a cost, a rate or the margin can reach an export only through `internal`, which is null in the
 * customers' view. `today` (`YYYY-MM-DD`) tells sent quotes from expired ones.
 */
export function exportQuoteOf(value: QuoteWithLines, view: View, today: string): ExportQuote {
  const { quote, lines } = value;
  return {
    view,
    id: quote.id,
    name: quote.name,
    company_id: quote.company_id,
    status: effectiveStatus(quote, today),
    currency: quote.currency,
    created_at: quote.created_at,
    updated_at: quote.updated_at,
    valid_until: quote.valid_until,
    sent_at: quote.sent_at,
    accepted_at: quote.accepted_at,
    total_cents: quote.totals.total_cents,
    line_count: quote.totals.line_count,
    blocked_line_count: quote.totals.blocked_line_count,
    lines: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((line, index) => exportLineOf(line, index + 1, view)),
  };
}

function exportLineOf(line: LineRecord, number: number, view: View): ExportLine {
  const { pricing } = line;
  return {
    number,
    part_id: line.part_id,
    part_name: line.part_name,
    size_mm: sizeOf(line),
    material: pricing.material && { ...pricing.material },
    quantity: line.quantity,
    lead_time: line.lead_time,
    units: line.units,
    status: pricing.status,
    unit_price_cents: pricing.unit_price_cents,
    total_cents: pricing.total_cents,
    quantity_breaks: pricing.quantity_breaks.map(({ quantity, unit_price_cents, total_cents }) => ({
      quantity,
      unit_price_cents,
      total_cents,
    })),
    blocking: problemsOf(pricing.problems, 'error'),
    warnings: problemsOf(pricing.problems, 'warning'),
    internal:
      view === 'internal'
        ? {
            machine_time_s: pricing.machine_time_s,
            amounts_cents: pricing.breakdown && { ...pricing.breakdown.amounts_cents },
          }
        : null,
  };
}

function problemsOf(problems: readonly LineProblem[], severity: LineProblem['severity']): LineProblem[] {
  return problems
    .filter((problem) => problem.severity === severity)
    .map(({ code, message }) => ({ code, severity, message }));
}

function sizeOf(line: LineRecord): ExportLine['size_mm'] {
  const part = line.part;
  if (!part?.facts) return null;
  const box = factsForLine({ ...part, facts: part.facts }, line.units).bboxMm;
  return box && { width: box[2] - box[0], height: box[3] - box[1] };
}
