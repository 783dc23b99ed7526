import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import { isoDay } from '../domain/quote-status.ts';
import type { ExportQuote } from '../exports/quote-export.ts';
import { exportQuoteOf } from '../exports/quote-export.ts';
import type { PartPreview } from '../ports/part-source.ts';
import { viewOf } from './access.ts';
import { logUpstream } from './add-lines.ts';
import type { QuotesDeps } from './deps.ts';
import { guarded, success } from './failure.ts';
import { getQuote } from './get-quote.ts';

/** A quote to export, in the caller's view. */
export interface ExportInput {
  readonly actor: Principal;
  readonly id: string;
}

/** A quote as an export shows it, its customer's name and its parts' previews by part id. */
export interface QuoteForDocument {
  readonly quote: ExportQuote;
  /** The customer company's name (its id when identity does not know it or does not answer). */
  readonly customer: string;
  readonly previews: ReadonlyMap<string, PartPreview>;
}

/**
 * Reads a quote for an export in the caller's view (same visibility as getQuote: another company's
 * quote is not found for external callers).
 */
export function quoteForTable(deps: Pick<QuotesDeps, 'store' | 'clock'>) {
  const read = getQuote({ read: deps.store.read });
  return story<ExportInput>('exportQuoteTable')
    .step('found', ({ input }) => read(input))
    .returns(({ input, found }) => exportQuoteOf(found, viewOf(input.actor), isoDay(deps.clock())));
}

/**
 * Reads a quote for the PDF, with the previews of its parts from the parts service (only parts of the
 * quote's own company are used) and the customer's name from identity. When the parts service does not
 * answer, refuses with 503; a name identity cannot give falls back to the company id (the document is
 * still right, only less friendly).
 */
export function quoteForDocument(
  deps: Pick<QuotesDeps, 'store' | 'clock' | 'parts' | 'companies' | 'logger'>,
) {
  const table = quoteForTable(deps);
  return story<ExportInput>('exportQuoteDocument')
    .step('quote', ({ input }) => table(input))
    .step('previews', ({ quote }) =>
      guarded(
        () => deps.parts.previews([...new Set(quote.lines.map((line) => line.part_id))]),
        logUpstream(deps),
      ),
    )
    .step('own', ({ quote, previews }) =>
      success(previews.filter((preview) => preview.company_id === quote.company_id)),
    )
    .step('customer', async ({ quote }) => success(await customerName(deps, quote.company_id)))
    .returns(({ quote, own, customer }): QuoteForDocument => ({
      quote,
      customer,
      previews: new Map(own.map((preview) => [preview.id, preview])),
    }));
}

async function customerName(
  deps: Pick<QuotesDeps, 'companies' | 'logger'>,
  companyId: string,
): Promise<string> {
  try {
    return (await deps.companies.name(companyId)) ?? companyId;
  } catch (error) {
    logUpstream(deps)(error);
    return companyId;
  }
}
