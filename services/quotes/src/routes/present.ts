import type { components } from '@kerf/openapi/quotes';
import { effectiveStatus } from '../domain/quote-status.ts';
import type { LineRecord, LinePricing, QuoteRecord, QuoteWithLines } from '../ports/records.ts';
import type { View } from '../stories/access.ts';
import type { LinesChanged } from '../stories/save-line-change.ts';
import type { Preview } from '../stories/preview-price.ts';

type Schemas = components['schemas'];

/**
 * Records in the contract's shapes for one view: the shop's (`internal`, every cost term) or the
 * customers' (`external`, built field by field so that nothing else can slip in).
 */
export interface Presenter {
  quote(value: QuoteWithLines): Schemas['Quote'] | Schemas['PublicQuote'];
  summary(quote: QuoteRecord): Schemas['QuoteSummary'] | Schemas['PublicQuoteSummary'];
  page(page: {
    count: number;
    items: readonly QuoteRecord[];
  }): Schemas['QuotePage'] | Schemas['PublicQuotePage'];
  linesChange(change: LinesChanged): Schemas['LinesChange'] | Schemas['PublicLinesChange'];
  preview(preview: Preview): Schemas['PricePreview'] | Schemas['PublicPricePreview'];
}

/** The presenter of a view; `today` (`YYYY-MM-DD`) tells sent quotes from expired ones. */
export function presenterFor(view: View, today: string): Presenter {
  return view === 'internal' ? internalPresenter(today) : externalPresenter(today);
}

function internalPresenter(today: string): Presenter {
  const summary = (quote: QuoteRecord): Schemas['QuoteSummary'] => ({
    ...quoteFields(quote, today),
    view: 'internal',
    costs: { ...quote.costs },
  });
  const line = (record: LineRecord): Schemas['Line'] => ({
    ...lineFields(record),
    ...publicPricing(record.pricing),
    breakdown: record.pricing.breakdown,
  });
  return {
    quote: ({ quote, lines }) => ({ ...summary(quote), lines: lines.map(line) }),
    summary,
    page: (page) => ({ view: 'internal', count: page.count, items: page.items.map(summary) }),
    linesChange: (change) => ({
      view: 'internal',
      quote: summary(change.quote),
      lines: change.lines.map(line),
    }),
    preview: ({ spec, pricing }) => ({
      ...previewFields(spec, pricing),
      ...publicPricing(pricing),
      view: 'internal',
      breakdown: pricing.breakdown,
    }),
  };
}

function externalPresenter(today: string): Presenter {
  const summary = (quote: QuoteRecord): Schemas['PublicQuoteSummary'] => ({
    ...quoteFields(quote, today),
    view: 'external',
  });
  const line = (record: LineRecord): Schemas['PublicLine'] => ({
    ...lineFields(record),
    ...publicPricing(record.pricing),
  });
  return {
    quote: ({ quote, lines }) => ({ ...summary(quote), lines: lines.map(line) }),
    summary,
    page: (page) => ({ view: 'external', count: page.count, items: page.items.map(summary) }),
    linesChange: (change) => ({
      view: 'external',
      quote: summary(change.quote),
      lines: change.lines.map(line),
    }),
    preview: ({ spec, pricing }) => ({
      ...previewFields(spec, pricing),
      ...publicPricing(pricing),
      view: 'external',
    }),
  };
}

function quoteFields(quote: QuoteRecord, today: string): Schemas['QuoteFields'] {
  return {
    id: quote.id,
    company_id: quote.company_id,
    name: quote.name,
    status: effectiveStatus(quote, today),
    valid_until: quote.valid_until,
    currency: quote.currency,
    totals: { ...quote.totals },
    created_by: quote.created_by,
    created_at: quote.created_at,
    updated_at: quote.updated_at,
    sent_at: quote.sent_at,
    accepted_at: quote.accepted_at,
  };
}

function lineFields(line: LineRecord): Schemas['LineFields'] {
  return {
    id: line.id,
    position: line.position,
    part_id: line.part_id,
    part_name: line.part_name,
    material_id: line.material_id,
    material: line.pricing.material,
    quantity: line.quantity,
    lead_time: line.lead_time,
    units: line.units,
    priced_at: line.pricing.priced_at,
    created_at: line.created_at,
    updated_at: line.updated_at,
  };
}

function publicPricing(pricing: LinePricing): Schemas['PublicPricing'] {
  return {
    status: pricing.status,
    unit_price_cents: pricing.unit_price_cents,
    total_cents: pricing.total_cents,
    quantity_breaks: pricing.quantity_breaks.map((row) => ({ ...row })),
    shares: pricing.shares && { ...pricing.shares },
    problems: pricing.problems.map(({ code, severity, message }) => ({ code, severity, message })),
  };
}

function previewFields(spec: Preview['spec'], pricing: LinePricing): Schemas['PreviewFields'] {
  return {
    part_id: spec.part_id,
    material_id: spec.material_id,
    material: pricing.material,
    quantity: spec.quantity,
    lead_time: spec.lead_time,
    units: spec.units,
  };
}
