import type { paths } from '@kerf/openapi/quotes';
import type createClient from 'openapi-fetch';
import { createSameOriginClient, type ApiOptions } from './same-origin.ts';

/** Where the BFF forwards the quotes service's contract. */
export const QUOTES_PREFIX = '/api/quotes';

/** A typed client of the quotes contract, reached through the BFF (which adds the user's token). */
export type QuotesClient = ReturnType<typeof createClient<paths>>;

/** Creates the quotes client: same origin, cookies, the request header on unsafe methods. */
export function createQuotesClient(options: Pick<ApiOptions, 'baseUrl' | 'fetch'>): QuotesClient {
  return createSameOriginClient<paths>(options, QUOTES_PREFIX);
}

/** The URL of a quote's export (a plain link with `download`: the browser sends the cookie). */
export function quoteExportUrl(id: string, format: 'pdf' | 'csv', baseUrl = ''): string {
  return `${baseUrl.replace(/\/$/, '')}${QUOTES_PREFIX}/quotes/${encodeURIComponent(id)}/export.${format}`;
}
