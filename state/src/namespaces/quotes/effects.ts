import type { QuotesClient } from '../../effects/quotes-client.ts';
import { settle, toResult, type Result } from '../../effects/problem.ts';
import type {
  FullQuote,
  LineChanges,
  LinesChange,
  MaterialOption,
  NewLine,
  NewQuote,
  PreviewRequest,
  PricePreview,
  QuoteChanges,
  QuotePage,
  QuoteQuery,
  QuoteSummary,
} from './types.ts';

/** The quotes service as the state uses it; every method answers a `Result`, never throws. */
export interface QuotesApi {
  /** A page of the quotes the caller may see. */
  listQuotes(query: QuoteQuery): Promise<Result<QuotePage>>;
  /** Creates an empty draft. */
  createQuote(quote: NewQuote): Promise<Result<FullQuote>>;
  /** A quote with its lines. */
  getQuote(id: string): Promise<Result<FullQuote>>;
  /** Renames, changes the validity or moves the status. */
  updateQuote(id: string, changes: QuoteChanges): Promise<Result<FullQuote>>;
  /** Deletes a draft. */
  deleteQuote(id: string): Promise<Result<null>>;
  /** Copies a quote into a new draft. */
  duplicateQuote(id: string): Promise<Result<FullQuote>>;
  /** Adds lines to a draft (all or none). */
  addLines(id: string, lines: NewLine[]): Promise<Result<LinesChange>>;
  /** Changes one line. */
  updateLine(id: string, lineId: string, changes: LineChanges): Promise<Result<LinesChange>>;
  /** Applies the same changes to many lines. */
  updateLines(id: string, lineIds: string[], changes: LineChanges): Promise<Result<LinesChange>>;
  /** Removes a line; answers the quote's new totals. */
  removeLine(id: string, lineId: string): Promise<Result<QuoteSummary>>;
  /** Prices a part without saving. */
  previewPrice(request: PreviewRequest): Promise<Result<PricePreview>>;
  /** The materials a line can be priced in (active, with cutting parameters for their thickness). */
  listMaterialOptions(): Promise<Result<MaterialOption[]>>;
}

/** The query string of a quotes page; empty filters are left out. */
export function quoteListParams(query: QuoteQuery) {
  return {
    limit: query.limit,
    offset: query.offset,
    ...(query.ordering.length ? { ordering: query.ordering.join(',') } : {}),
    ...(query.status === null ? {} : { status: query.status }),
    ...(query.search.trim() ? { search: query.search.trim() } : {}),
  };
}

const same = <T>(data: T) => data;
const nothing = () => null;

/** Builds the quotes API on the quotes client. */
export function createQuotesApi(client: QuotesClient): QuotesApi {
  const at = (id: string) => ({ params: { path: { id } } });
  const atLine = (id: string, line_id: string) => ({ params: { path: { id, line_id } } });
  return {
    listQuotes: (query) =>
      settle(async () =>
        toResult(await client.GET('/quotes', { params: { query: quoteListParams(query) } }), (page) => ({
          view: page.view,
          count: page.count,
          items: page.items as QuoteSummary[],
        })),
      ),
    createQuote: (body) => settle(async () => toResult(await client.POST('/quotes', { body }), same)),
    getQuote: (id) => settle(async () => toResult(await client.GET('/quotes/{id}', at(id)), same)),
    updateQuote: (id, body) =>
      settle(async () => toResult(await client.PATCH('/quotes/{id}', { ...at(id), body }), same)),
    deleteQuote: (id) => settle(async () => toResult(await client.DELETE('/quotes/{id}', at(id)), nothing)),
    duplicateQuote: (id) =>
      settle(async () => toResult(await client.POST('/quotes/{id}/duplicate', at(id)), same)),
    addLines: (id, lines) =>
      settle(async () =>
        toResult(await client.POST('/quotes/{id}/lines', { ...at(id), body: { lines } }), same),
      ),
    updateLine: (id, lineId, body) =>
      settle(async () =>
        toResult(await client.PATCH('/quotes/{id}/lines/{line_id}', { ...atLine(id, lineId), body }), same),
      ),
    updateLines: (id, lineIds, changes) =>
      settle(async () =>
        toResult(
          await client.PATCH('/quotes/{id}/lines', { ...at(id), body: { line_ids: lineIds, changes } }),
          same,
        ),
      ),
    removeLine: (id, lineId) =>
      settle(async () =>
        toResult(await client.DELETE('/quotes/{id}/lines/{line_id}', atLine(id, lineId)), same),
      ),
    previewPrice: (body) => settle(async () => toResult(await client.POST('/price-preview', { body }), same)),
    listMaterialOptions: () =>
      settle(async () => toResult(await client.GET('/material-options'), (page) => page.items)),
  };
}
