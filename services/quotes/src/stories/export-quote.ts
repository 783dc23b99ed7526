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

/** A quote as an export shows it, and its parts' previews by part id. */
export interface QuoteForDocument {
  readonly quote: ExportQuote;
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
 * quote's own company are used). When the parts service does not answer, refuses with 503.
 */
export function quoteForDocument(deps: Pick<QuotesDeps, 'store' | 'clock' | 'parts' | 'logger'>) {
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
    .returns(({ quote, own }): QuoteForDocument => ({
      quote,
      previews: new Map(own.map((preview) => [preview.id, preview])),
    }));
}
