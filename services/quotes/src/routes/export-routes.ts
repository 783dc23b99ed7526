import { attachmentDisposition } from '../exports/download-name.ts';
import { renderQuotePdf } from '../exports/pdf/quote-pdf.ts';
import { quoteCsv } from '../exports/quote-csv.ts';
import type { QuotesDeps } from '../stories/deps.ts';
import { quoteForDocument, quoteForTable } from '../stories/export-quote.ts';
import type { QuotesHandlers } from './handlers.ts';
import { reply, replyFailure } from './reply.ts';

/** Exports hold prices: never kept by shared caches, never sniffed as another type. */
const privateDownload = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };

/** The export operations: a quote as a PDF document or a CSV table, as downloads. */
export function exportRoutes(deps: QuotesDeps): QuotesHandlers<'exportQuotePdf' | 'exportQuoteCsv'> {
  const document = quoteForDocument(deps);
  const table = quoteForTable(deps);
  return {
    async exportQuotePdf(request) {
      const result = await document({ actor: request.caller(), id: request.path.id });
      if (!result.ok) return replyFailure(request, result.reason);
      const { quote, customer, previews } = result.data;
      const pdf = await renderQuotePdf(quote, previews, customer);
      return request.c.body(pdf, 200, {
        ...privateDownload,
        'content-type': 'application/pdf',
        'content-disposition': attachmentDisposition(quote.name, quote.id, 'pdf'),
      });
    },
    async exportQuoteCsv(request) {
      const result = await table({ actor: request.caller(), id: request.path.id });
      return reply(request, result, (quote) =>
        request.c.body(quoteCsv(quote), 200, {
          ...privateDownload,
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': attachmentDisposition(quote.name, quote.id, 'csv'),
        }),
      );
    },
  };
}
