import type { components } from '@kerf/openapi/quotes';

type Schemas = components['schemas'];

/** A quote's lifecycle status. */
export type QuoteStatus = Schemas['QuoteStatus'];
/** A line's lead time. */
export type LeadTime = Schemas['LeadTime'];
/** A quote without lines, in the caller's view (`internal` has costs). */
export type QuoteSummary = Schemas['QuoteSummary'] | Schemas['PublicQuoteSummary'];
/** A quote with its lines, in the caller's view. */
export type FullQuote = Schemas['Quote'] | Schemas['PublicQuote'];
/** A line, in the caller's view (`Line` has the breakdown). */
export type QuoteLine = Schemas['Line'] | Schemas['PublicLine'];
/** The internal cost breakdown of a line. */
export type Breakdown = Schemas['Breakdown'];
/** The share of each term in a line's price (external view). */
export type PublicShares = Schemas['PublicShares'];
/** A unit price at a quantity. */
export type QuantityBreak = Schemas['QuantityBreak'];
/** A problem of a line; `error` blocks pricing. */
export type LineProblem = Schemas['LineProblem'];
/** The answer to a change of lines: the changed lines and the quote's new totals. */
export type LinesChange = Schemas['LinesChange'] | Schemas['PublicLinesChange'];
/** A price without saving, in the caller's view. */
export type PricePreview = Schemas['PricePreview'] | Schemas['PublicPricePreview'];
/** The body of a price preview. */
export type PreviewRequest = Schemas['PreviewRequest'];
/** The body of a new quote. */
export type NewQuote = Schemas['NewQuote'];
/** Changes to a quote (name, validity, status). */
export type QuoteChanges = Schemas['QuoteChanges'];
/** One new line. */
export type NewLine = Schemas['NewLine'];
/** Changes to one or many lines. */
export type LineChanges = Schemas['LineChanges'];

/** A material a line can be priced in (the pickers' choices). */
export type MaterialOption = Schemas['MaterialOption'];

/** A page of quotes. */
export interface QuotePage {
  view: 'internal' | 'external';
  count: number;
  items: QuoteSummary[];
}

/** What the Quotes page asks for; mirrors its URL. */
export interface QuoteQuery {
  limit: number;
  offset: number;
  /** Sort keys, primary first, `-` for descending; `[]` for the default (`-updated_at`). */
  ordering: string[];
  /** Only this status; `null` for all. */
  status: QuoteStatus | null;
  /** A case-insensitive part of the name; `''` for none. */
  search: string;
}

/** The options of lines added for parts. */
export interface NewLineOptions {
  material_id: string;
  quantity: number;
  lead_time: LeadTime;
}
